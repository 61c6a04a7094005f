package io.hopscope.io.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.hopscope.check.ResourceLocator;
import org.junit.jupiter.api.Test;

class ModelSectionTest {

    @Test
    void validatorPathsUseTheSameSectionKeysAsTheFile() {
        for (ModelSection section : ModelSection.values()) {
            assertEquals(section.key(), ResourceLocator.sectionKey(section.kind()), section.name());
            assertSame(section, ModelSection.ofKey(section.key()));
            assertSame(section, ModelSection.of(section.kind()));
        }
    }
}

package io.hopscope.diagram.autolayout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numberedNamesSortByTheirNumberSoGridsReadInOrder() {
        List<String> names = new ArrayList<>(List.of("host-10", "host-2", "host-1", "db-3", "host-02a", "host-2a", "host"));
        names.sort(AutoLayout::compareNatural);
        assertEquals(List.of("db-3", "host", "host-1", "host-2", "host-02a", "host-2a", "host-10"), names);
    }
}

package io.hopscope.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import's repair runs only the rules that may report an error ({@link ModelValidator#errorsAll}).
 * That is sound only while a rule that says it merely warns really never reports an error, and
 * while the shortened run finds exactly the errors of the full one.
 */
class ErrorRulesTest {

    @Test
    void aRuleThatOnlyWarnsNeverReportsAnError() {
        List<ModelRule> warningOnly = ModelValidator.RULES.stream().filter(r -> !r.reportsErrors()).toList();
        assertFalse(warningOnly.isEmpty(), "some rules only warn (the repair skips them)");
        JavaClasses imported = importAlone(warningOnly.stream().map(ModelRule::getClass).toArray(Class<?>[]::new));
        for (ModelRule rule : warningOnly) {
            JavaClass type = imported.get(rule.getClass());
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                boolean toFindings = call.getTargetOwner().isEquivalentTo(Findings.class);
                // The rule's own helpers are among the calls checked here; another class handed the
                // findings could report an error for the rule.
                boolean ownHelper = call.getTargetOwner().equals(type)
                        || call.getTargetOwner().getName().startsWith(type.getName() + "$");
                boolean handsOverFindings = !toFindings && !ownHelper && call.getTarget().getRawParameterTypes()
                        .stream().anyMatch(p -> p.isEquivalentTo(Findings.class));
                assertFalse(toFindings && call.getName().equals("error"),
                        rule.name() + " reports an error at " + call.getSourceCodeLocation());
                assertFalse(handsOverFindings, rule.name() + " hands its findings to " + call.getTarget().getFullName()
                        + ", which might report an error; let it say reportsErrors() true");
            }
        }
    }

    @Test
    void theErrorRulesFindEveryErrorOfTheFullRunOnDamagedSamples() throws IOException {
        Random random = new Random(13);
        int withErrors = 0;
        for (NetworkModel sample : samples()) {
            for (int round = 0; round < 25; round++) {
                NetworkModel damaged = damage(sample, random);
                List<Problem> full = ModelValidator.validateAll(damaged, ResourceLocator.byModelIndex(damaged)).stream()
                        .filter(Problem::isError).toList();
                List<Problem> errors = ModelValidator.errorsAll(damaged, ResourceLocator.byModelIndex(damaged));
                assertEquals(full, errors);
                withErrors += errors.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(withErrors > 100, "the damage breaks most models: " + withErrors);
    }

    /** The classes without the whole class path behind them (which costs 15 s): their own calls are enough. */
    private static JavaClasses importAlone(Class<?>... classes) {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().importClasses(classes);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    /** Drops a few resources (their references dangle) and repeats one id (a duplicate). */
    private static NetworkModel damage(NetworkModel m, Random random) {
        List<Resource> all = new ArrayList<>(m.allResources());
        List<Resource> kept = new ArrayList<>();
        for (Resource r : all) {
            if (random.nextInt(6) != 0) {
                kept.add(r);
            }
        }
        if (!kept.isEmpty() && random.nextBoolean()) {
            kept.add(kept.get(random.nextInt(kept.size())));
        }
        return NetworkModel.builder().addAll(kept).build();
    }

    private static List<NetworkModel> samples() throws IOException {
        List<NetworkModel> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("diagrams"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                var load = DiagramReader.read(f);
                assertNotNull(load.diagram(), f + " reads");
                models.add(load.diagram().model());
            }
        }
        return models;
    }
}

package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import io.hopscope.testing.hostile.BigModels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the validator on big models (not a timed assertion: figures go to stdout for the
 * README). Opt-in: {@code mvn -B -o test -Dtest=ValidatorHarness -Dhopscope.perf=true}.
 * Five warm-up runs, then the best and median of five measured runs.
 */
@EnabledIfSystemProperty(named = "hopscope.perf", matches = "true")
class ValidatorHarness {

    @Test
    void hundredThousandSubnets() {
        measure("100,000 distinct subnets", BigModels.distinctSubnets(100_000));
        measure("100,000 subnets sharing one CIDR", BigModels.sameCidrSubnets(100_000));
        measure("20,000 subnets sharing one CIDR", BigModels.sameCidrSubnets(20_000));
    }

    private static void measure(String what, NetworkModel model) {
        for (int i = 0; i < 5; i++) {
            ModelValidator.validate(model);
        }
        long[] ms = new long[5];
        int problems = 0;
        for (int i = 0; i < ms.length; i++) {
            // A fresh copy each time, so the model's lazily built lookups are part of the figure.
            NetworkModel fresh = model.toBuilder().build();
            long t = System.nanoTime();
            List<Problem> found = ModelValidator.validate(fresh);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            problems = found.size();
        }
        java.util.Arrays.sort(ms);
        System.out.printf("ValidatorHarness: %s: best %d ms, median %d ms, %d problems%n", what, ms[0], ms[2], problems);
    }
}

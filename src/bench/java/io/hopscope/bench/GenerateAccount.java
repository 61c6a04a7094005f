package io.hopscope.bench;

import io.hopscope.io.aws.SyntheticAccount;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the synthetic account for the whole-process check:
 * {@code java -cp ... io.hopscope.bench.GenerateAccount DIR [SCALE]} (SCALE 1 = quota, the default).
 */
public final class GenerateAccount {

    private GenerateAccount() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateAccount DIR [SCALE]");
            System.exit(2);
        }
        double factor = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        SyntheticAccount.Scale scale = factor == 1 ? SyntheticAccount.Scale.quota() : SyntheticAccount.Scale.quotaTimes(factor);
        SyntheticAccount.Summary summary = new SyntheticAccount(GeneratedAccount.SEED, scale).write(Path.of(args[0]));
        System.out.println(summary);
    }
}

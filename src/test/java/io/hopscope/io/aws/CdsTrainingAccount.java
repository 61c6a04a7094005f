package io.hopscope.io.aws;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the account that {@code mvn package} traces once to train the class-data archive (pom.xml,
 * "Class-data sharing"): 30 % of the quota scale, about 3,000 instances and interfaces, so the
 * import splits its passes over two cores ({@link SecondCore#SPLIT_FROM}), with load balancers, a
 * transit gateway and peerings. The samples in the repository are too small for those paths, and
 * a command at quota scale then loaded their classes from the jar and spun their lambdas at run
 * time. Test scope: a build that does not compile the tests archives without it.
 */
public final class CdsTrainingAccount {

    private CdsTrainingAccount() {
    }

    public static void main(String[] args) throws IOException {
        SyntheticAccount.Summary summary = new SyntheticAccount(42, SyntheticAccount.Scale.quotaTimes(0.3)).write(Path.of(args[0]));
        if (summary.instances() < SecondCore.SPLIT_FROM) {
            throw new IllegalStateException("the training account is too small to split: " + summary);
        }
        System.out.println(summary);
    }
}

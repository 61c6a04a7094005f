package io.hopscope.ui.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.io.collect.RecordedAwsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Import from AWS account dialog's state without a toolkit, against the recorded local endpoint. */
class AccountImportViewModelTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("io.hopscope.i18n.messages");
    private static final Path SAMPLE = Path.of("../shared/aws-samples-v2/batfish-test-load-balancer/aws_configs");

    @BeforeAll
    static void fakeCredentials() {
        System.setProperty("aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        System.setProperty("aws.region", "us-east-1");
    }

    @AfterAll
    static void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty("aws.region");
    }

    @Test
    void readsTheChosenRegionOffTheCallingThreadAndHandsTheFolderOver() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(SAMPLE), 2, Set.of(), Set.of("DescribeVpnGateways"))) {
            CountDownLatch ended = new CountDownLatch(1);
            AtomicReference<Path> collected = new AtomicReference<>();
            AtomicReference<Thread> ran = new AtomicReference<>();
            AccountImportViewModel vm = new AccountImportViewModel(MESSAGES, r -> {
                Thread t = new Thread(() -> {
                    ran.set(Thread.currentThread());
                    r.run();
                    ended.countDown();
                });
                t.start();
            }, Runnable::run, collected::set);
            assertEquals(List.of("us-east-1"), vm.getSelectedRegions(), "the default profile's Region is preselected");
            assertTrue(vm.getRegions().contains("ap-northeast-2"));
            vm.endpointProperty().set(aws.uri().toString());
            assertTrue(vm.canStart().get());
            vm.start();
            assertTrue(ended.await(60, TimeUnit.SECONDS));
            assertTrue(ran.get() != Thread.currentThread(), "collect runs on the worker");
            assertFalse(vm.runningProperty().get());
            assertEquals(1.0, vm.progressProperty().get(), 1e-9);
            assertTrue(Files.exists(collected.get().resolve("us-east-1").resolve("describe-load-balancers.json")));
            assertFalse(vm.completeProperty().get(), "a denied listing keeps the dialog open");
            assertTrue(vm.statusProperty().get().contains("ec2:DescribeVpnGateways (us-east-1)"), vm.statusProperty().get());
            assertTrue(vm.getLog().stream().anyMatch(l -> l.contains("ec2:DescribeNetworkInterfaces page 3")), vm.getLog().toString());
        }
    }

    @Test
    void cancelStopsBeforeTheNextListingAndImportsNothing() throws Exception {
        try (RecordedAwsServer aws = new RecordedAwsServer(List.of(SAMPLE), 2, Set.of(), Set.of())) {
            CountDownLatch ended = new CountDownLatch(1);
            List<Path> collected = new ArrayList<>();
            AtomicReference<AccountImportViewModel> self = new AtomicReference<>();
            AccountImportViewModel vm = new AccountImportViewModel(MESSAGES, r -> new Thread(() -> {
                r.run();
                ended.countDown();
            }).start(), fx -> {
                fx.run();
                // A person presses Cancel as the first page arrives.
                if (self.get().getLog().size() == 1) {
                    self.get().cancel();
                }
            }, collected::add);
            self.set(vm);
            vm.endpointProperty().set(aws.uri().toString());
            vm.start();
            assertTrue(ended.await(60, TimeUnit.SECONDS));
            assertEquals(MESSAGES.getString("collect.status.cancelled"), vm.statusProperty().get());
            assertTrue(collected.isEmpty(), "nothing is imported");
            assertEquals(1, aws.requests.values().stream().mapToInt(a -> a.get()).sum(), "no listing after the cancel");
            assertFalse(vm.runningProperty().get());
            assertTrue(vm.canStart().get(), "it can be started again");
        }
    }

    @Test
    void noRegionNoStartAndABadEndpointIsSaid() {
        System.clearProperty("aws.region");
        try {
            AccountImportViewModel vm = new AccountImportViewModel(MESSAGES, Runnable::run, Runnable::run, p -> { });
            vm.getSelectedRegions().clear();
            assertFalse(vm.canStart().get());
            vm.getSelectedRegions().add("eu-west-1");
            vm.endpointProperty().set("http://[bad");
            vm.start();
            assertFalse(vm.runningProperty().get());
            assertEquals("'http://[bad' is not a URL.", vm.statusProperty().get());
        } finally {
            System.setProperty("aws.region", "us-east-1");
        }
    }
}

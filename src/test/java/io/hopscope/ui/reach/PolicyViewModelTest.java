package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.Problem;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.ui.common.DiagramDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy beside the diagram, checked on every edit, without a toolkit. */
class PolicyViewModelTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private PolicyViewModel opened(DiagramDocument doc) throws Exception {
        Path diagram = dir.resolve("ec2-to-rds.json");
        Files.copy(Path.of("diagrams/ec2-to-rds.json"), diagram);
        Files.copy(Path.of("diagrams/ec2-to-rds.policy.yaml"), dir.resolve("ec2-to-rds.policy.yaml"));
        PolicyViewModel vm = new PolicyViewModel(doc, ReachPanelViewModelTest.MESSAGES, worker, Runnable::run);
        doc.fileProperty().set(diagram);
        return vm;
    }

    private static void settle(PolicyViewModel vm, String statusPart) throws InterruptedException {
        ReachPanelViewModelTest.await(() -> vm.statusProperty().get() != null && vm.statusProperty().get().contains(statusPart));
    }

    @Test
    void theSamplesPolicyIsFoundBesideTheDiagramAndHolds() throws Exception {
        DiagramDocument doc = new DiagramDocument(ReachPanelViewModelTest.sample("ec2-to-rds"));
        PolicyViewModel vm = opened(doc);
        assertEquals(dir.resolve("ec2-to-rds.policy.yaml"), vm.fileProperty().get());
        settle(vm, "5 assertions checked, 0 failed");
        assertTrue(vm.getProblems().isEmpty());
    }

    @Test
    void anEditThatBreaksAnAssertionIsAProblemWhoseCounterexampleTraces() throws Exception {
        DiagramDocument doc = new DiagramDocument(ReachPanelViewModelTest.sample("ec2-to-rds"));
        PolicyViewModel vm = opened(doc);
        settle(vm, "0 failed");
        AtomicReference<TraceQuery> traced = new AtomicReference<>();
        vm.setTracer(traced::set);
        // Without its HTTPS rule, "the web server answers HTTPS from anywhere" fails.
        doc.perform(new RemoveSecurityGroupRuleEdit(ReachPanelViewModelTest.WEB_SG, true, 0));
        settle(vm, "1 failed");
        List<Problem> rows = List.copyOf(vm.getProblems());
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).message().contains("the web server answers HTTPS from anywhere"), rows.get(0).message());
        assertTrue(rows.get(0).location().startsWith("ec2-to-rds.policy.yaml:"), rows.get(0).location());
        assertTrue(vm.showCounterexample(rows.get(0)));
        assertEquals(Verdict.UNREACHABLE, new Tracer(doc.getDiagram().model()).trace(traced.get()).verdict(),
                "the counterexample is a real packet that is dropped");
        doc.undo();
        settle(vm, "0 failed");
        assertTrue(vm.getProblems().isEmpty());
    }

    @Test
    void aFailedAssertionSaysWhyInKoreanAndInEnglish() throws Exception {
        Path diagram = dir.resolve("ec2-to-rds.json");
        Files.copy(Path.of("diagrams/ec2-to-rds.json"), diagram);
        Files.copy(Path.of("diagrams/ec2-to-rds.policy.yaml"), dir.resolve("ec2-to-rds.policy.yaml"));
        DiagramDocument doc = new DiagramDocument(ReachPanelViewModelTest.sample("ec2-to-rds"));
        PolicyViewModel ko = new PolicyViewModel(doc,
                java.util.ResourceBundle.getBundle("io.hopscope.i18n.messages", java.util.Locale.KOREAN), worker, Runnable::run);
        PolicyViewModel en = new PolicyViewModel(doc, ReachPanelViewModelTest.MESSAGES, worker, Runnable::run);
        doc.fileProperty().set(diagram);
        doc.perform(new RemoveSecurityGroupRuleEdit(ReachPanelViewModelTest.WEB_SG, true, 0));
        ReachPanelViewModelTest.await(() -> ko.getProblems().size() == 1 && en.getProblems().size() == 1);
        String korean = ko.getProblems().get(0).message();
        // The flow, its verdict and the blocking security group, in the panel's language (not the engine's English summary).
        assertTrue(korean.startsWith("어설션 'the web server answers HTTPS from anywhere' 실패: "), korean);
        assertTrue(korean.contains("인터넷 호스트 8.8.8.8에서 web-1(으)로 가는 tcp 443: 연결 불가, ")
                && korean.endsWith("에서 차단됨"), korean);
        String why = korean.substring(korean.indexOf("실패: "));
        assertFalse(why.contains(" from ") || why.contains("internet"), korean);
        String english = en.getProblems().get(0).message();
        assertTrue(english.contains("tcp 443 from ") && english.contains(": unreachable, blocked at "), english);
    }

    @Test
    void aParseErrorIsAProblemWithItsLineAndColumn() throws Exception {
        DiagramDocument doc = new DiagramDocument(ReachPanelViewModelTest.sample("ec2-to-rds"));
        PolicyViewModel vm = opened(doc);
        settle(vm, "0 failed");
        vm.textProperty().set("assertions:\n  - name: x\n    from: internet\n    too: orders-db\n    expect: unreachable\n");
        ReachPanelViewModelTest.await(() -> !vm.getProblems().isEmpty());
        Problem p = vm.getProblems().get(0);
        assertEquals("ec2-to-rds.policy.yaml:4:5", p.location(), p.toString());
        assertFalse(vm.showCounterexample(p), "a parse error has no trace");
        vm.textProperty().set("assertions:\n  - name: x\n    from: internet\n    to: nothing-called-this\n    expect: unreachable\n");
        ReachPanelViewModelTest.await(() -> !vm.getProblems().isEmpty() && vm.getProblems().get(0).message().contains("nothing-called-this"));
    }

    @Test
    void saveWritesTheTextBesideTheDiagram() throws Exception {
        DiagramDocument doc = new DiagramDocument(ReachPanelViewModelTest.sample("ec2-to-rds"));
        PolicyViewModel vm = opened(doc);
        String text = "assertions:\n  - name: db closed\n    from: internet\n    to: orders-db\n    expect: unreachable\n";
        vm.textProperty().set(text);
        assertTrue(vm.save());
        assertEquals(text, Files.readString(dir.resolve("ec2-to-rds.policy.yaml")));
        assertEquals(Path.of("a/b.policy.yaml"), PolicyViewModel.policyFileOf(Path.of("a/b.json")));
    }
}

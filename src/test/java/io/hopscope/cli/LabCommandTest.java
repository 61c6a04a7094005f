package io.hopscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lab list} and {@code lab check}: exit 0 solved, 1 not yet, 2 input error, as teachers' scripts read them. */
class LabCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HopscopeCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void listShowsEveryLabWithItsDifficultyTimeAndTopic() {
        Run r = run("lab", "list");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("nacl-ephemeral-return"), r.out());
        assertTrue(r.out().contains("beginner") && r.out().contains("10 min"), r.out());
        assertTrue(r.out().lines().filter(l -> !l.startsWith(" ")).count() >= 12, r.out());
        Run ko = run("lab", "list", "--lang", "ko");
        assertTrue(ko.out().contains("NACL 반환 트래픽"), ko.out());
        assertEquals(2, run("lab", "list", "--lang", "fr").exit());
    }

    @Test
    void aShippedLabIsNotSolvedYetAndSaysWhatFailsAndHowManyHints() {
        Run r = run("lab", "check", "diagrams/labs/nacl-ephemeral-return.json");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("✗ web-1 reaches orders-db on MySQL (tcp/3306): tcp 3306 from web-1 to orders-db is UNREACHABLE"), r.out());
        assertTrue(r.out().contains("✓ the internet cannot reach orders-db"), r.out());
        assertTrue(r.out().contains("Not solved yet: 1 of 3 assertions fail, 0 constraints broken; the lab has 3 hints."), r.out());
    }

    @Test
    void theReferenceSolutionIsSolvedAndAllowAllIsNot() {
        Run solved = run("lab", "check", "src/test/resources/labs/solutions/nacl-ephemeral-return.json");
        assertEquals(0, solved.exit(), solved.out());
        assertTrue(solved.out().contains("Solved: 3 of 3 assertions hold"), solved.out());
        Run wrong = run("lab", "check", "src/test/resources/labs/wrong/nacl-ephemeral-return-allow-all.json");
        assertEquals(1, wrong.exit(), wrong.out());
        assertTrue(wrong.out().contains("✗ constraint no-world-open: db-nacl outbound 100 allows 0.0.0.0/0"), wrong.out());
    }

    @Test
    void aFileThatIsNotALabIsAnInputError(@TempDir Path dir) throws Exception {
        Run plain = run("lab", "check", "diagrams/ec2-to-rds.json");
        assertEquals(2, plain.exit());
        assertTrue(plain.err().contains("diagrams/ec2-to-rds.json: $.lab: required field is missing"), plain.err());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of("diagrams/labs/nacl-rule-order.json"))
                .replace("\"to\": \"web-1\"", "\"to\": \"nowhere:x\""));
        Run bad = run("lab", "check", broken.toString());
        assertEquals(2, bad.exit(), bad.out());
        assertTrue(bad.err().contains("$.lab.assertions[0]"), bad.err());
        assertEquals(2, run("lab", "check", dir.resolve("missing.json").toString()).exit());
    }
}

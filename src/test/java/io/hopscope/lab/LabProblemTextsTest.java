package io.hopscope.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hopscope.check.Problem;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A broken lab file says what is wrong with its lab section and its assertions (read by the policy
 * reader) in the UI's language, with the English 'lab check' prints unchanged.
 */
class LabProblemTextsTest {

    @Test
    void theLabSectionsAndItsAssertionsProblemsReadInKorean() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(Files.readString(LabFiles.LABS.resolve("nacl-ephemeral-return.json")));
        ObjectNode lab = (ObjectNode) root.get("lab");
        lab.put("difficulty", "hard");
        ((ObjectNode) lab.get("assertions").get(0)).put("ports", "80-20");
        Map<String, Problem> at = LabReader.read(root.toString(), "lab.json").problems().stream()
                .collect(Collectors.toMap(Problem::location, p -> p, (a, b) -> a));

        Problem difficulty = at.get("$.lab.difficulty");
        assertEquals("'hard' is not a difficulty (beginner, intermediate, advanced)", difficulty.message());
        assertEquals("'hard'은(는) 난이도가 아님(beginner, intermediate, advanced)", difficulty.message(Locale.KOREAN));
        Problem ports = at.get("$.lab.assertions[0]");
        assertEquals("impossible port range '80-20': it starts after it ends", ports.message());
        assertEquals("불가능한 포트 범위 '80-20': 시작이 끝보다 큼", ports.message(Locale.KOREAN));
    }
}

package io.hopscope.io.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each kind of JSON error Jackson reports is said in Korean and English words, with its line and column. */
class JsonErrorTextsTest {

    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(3).maxStringLength(5)
                    .maxNumberLength(4).maxNameLength(6).maxDocumentLength(200).maxTokenCount(50).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private static JsonProcessingException error(String json) {
        return assertThrows(JsonProcessingException.class, () -> STRICT.readTree(json));
    }

    private static void says(String json, String korean, String english) {
        JsonProcessingException e = error(json);
        assertEquals(korean, JsonErrorTexts.of(e).format(Locale.KOREAN), json);
        assertEquals(english, JsonErrorTexts.of(e).toString(), json);
    }

    @Test
    void syntaxErrorsNameTheirKindLineAndColumn() {
        says("{\"a\": [1,2", "입력이 예기치 않게 끝남(1행 11열)", "unexpected end of input (line 1, column 11)");
        says("{\"a\": }", "예기치 않은 문자 '}'(1행 7열)", "unexpected character '}' (line 1, column 7)");
        says("{\"a\":\n tru}", "알 수 없는 토큰 'tru'(2행 2열)", "unrecognized token 'tru' (line 2, column 2)");
        says("{\"a\":1,\"a\":2}", "중복된 키 'a'(1행 11열)", "duplicate key 'a' (line 1, column 11)");
        says("{\"a\":1]", "']'에 맞는 여는 괄호가 없음(1행 7열)", "']' closes nothing that is open (line 1, column 7)");
        says("{\"a\":\"x\ny\"}", "허용되지 않는 위치의 제어 문자(코드 10)(1행 8열)",
                "a control character (code 10) where none is allowed (line 1, column 8)");
        says("{\"a\":01}", "잘못된 숫자(1행 7열)", "invalid number (line 1, column 7)");
        says("{\"a\": NaN}", "알 수 없는 토큰 'NaN'(1행 10열)", "unrecognized token 'NaN' (line 1, column 10)");
    }

    @Test
    void readLimitsNameTheValueAndTheLimit() {
        says("[[[[1]]]]", "중첩 깊이 4단계가 한도 3단계를 넘음", "nested 4 levels deep, over the limit of 3");
        says("{\"a\":\"abcdefgh\"}", "문자열 길이 8자가 한도 5자를 넘음", "a string of 8 characters, over the limit of 5");
        says("{\"a\":123456}", "숫자 길이 6자리가 한도 4자리를 넘음", "a number of 6 digits, over the limit of 4");
        says("{\"abcdefghij\":1}", "키 길이 10자가 한도 6자를 넘음", "a key of 10 characters, over the limit of 6");
        says("[" + "1,".repeat(60) + "1]", "토큰 51개가 한도 50개를 넘음", "51 tokens, over the limit of 50");
        JsonProcessingException big = assertThrows(JsonProcessingException.class,
                () -> STRICT.readTree(("[" + " ".repeat(298) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("문서 크기 300바이트가 한도 200바이트를 넘음", JsonErrorTexts.what(big).format(Locale.KOREAN));
    }

    record Port(int port, java.util.List<String> names) {
    }

    @Test
    void aBoundValueOfTheWrongKindSaysWhatWasWanted() {
        JsonProcessingException format = assertThrows(JsonProcessingException.class,
                () -> STRICT.readValue("{\"port\": \"http\"}", Port.class));
        assertEquals("'http'은(는) 올바른 숫자 값이 아님", JsonErrorTexts.what(format).format(Locale.KOREAN));
        assertEquals("'http' is not a valid number", JsonErrorTexts.what(format).toString());
        JsonProcessingException type = assertThrows(JsonProcessingException.class,
                () -> STRICT.readValue("{\"port\": [1]}", Port.class));
        assertEquals("숫자 형식의 값이 와야 함", JsonErrorTexts.what(type).format(Locale.KOREAN));
    }
}

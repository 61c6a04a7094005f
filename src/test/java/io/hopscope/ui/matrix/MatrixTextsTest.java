package io.hopscope.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.TooManyCellsException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The matrix names its own From and Service fields when a question is too wide, not the CLI's flags. */
class MatrixTextsTest {

    private final TooManyCellsException tooMany = new TooManyCellsException(ReachEngine.MAX_CELLS, "internet", "eni-0a (web-1)");

    @Test
    void aQuestionTooWideNamesFromAndServiceOnceInTheUiLanguage() {
        assertEquals("more than 200000 distinct cells from internet to eni-0a (web-1): split the question (From, Service)",
                MatrixTexts.failure(tooMany, ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ROOT)));
        assertEquals("internet에서 eni-0a (web-1)(으)로 가는 서로 다른 셀이 200000개를 넘습니다. 질문을 나누십시오(소스, 서비스).",
                MatrixTexts.failure(tooMany, ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN)));
        assertEquals("boom", MatrixTexts.failure(new IllegalStateException("boom"), ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.KOREAN)));
    }
}

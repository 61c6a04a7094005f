package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.TooManyCellsException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A question with too many cells: the command line keeps its message byte for byte, flags and all;
 * the window names its own form fields, in its language.
 */
class ReachFailuresTest {

    private static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("io.hopscope.i18n.messages", locale);
    }

    private final TooManyCellsException tooMany = new TooManyCellsException(ReachEngine.MAX_CELLS, "internet", "eni-0a (web-1)");

    @Test
    void theCommandLineMessageIsUnchanged() {
        assertEquals("more than 200000 distinct cells from internet to eni-0a (web-1): split the question"
                + " (--from, --protocol, --ports)", tooMany.getMessage());
    }

    @Test
    void theReachPanelNamesItsProtocolAndPortsFields() {
        assertEquals("more than 200000 distinct cells from internet to eni-0a (web-1): split the question"
                + " (Protocol, Ports)", ReachFailures.reachPanel(tooMany, messages(Locale.ROOT)));
        ResourceBundle ko = messages(Locale.KOREAN);
        assertEquals("internet에서 eni-0a (web-1)(으)로 가는 서로 다른 셀이 200000개를 넘습니다. 질문을 나누십시오("
                + ko.getString("reach.protocol") + ", " + ko.getString("reach.ports") + ").",
                ReachFailures.reachPanel(tooMany, ko));
    }

    @Test
    void otherFailuresKeepTheirMessage() {
        assertEquals("boom", ReachFailures.reachPanel(new IllegalStateException("boom"), messages(Locale.KOREAN)));
    }
}

package io.hopscope.lab;

import java.util.Locale;

/**
 * A text a lab shows to people, in English and Korean. Both are required: a lab is written for
 * learners in either language, and a missing translation is a defect of the lab, not a fallback.
 */
public record LocalizedText(String en, String ko) {

    public LocalizedText {
        en = en == null ? "" : en;
        ko = ko == null ? "" : ko;
    }

    /** The Korean text for a Korean locale, the English text otherwise. */
    public String in(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage()) ? ko : en;
    }
}

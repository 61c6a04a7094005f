/**
 * Translatable sentences: a key of the engine's bundle with its arguments, written in a language
 * when shown. Plain Java (no JavaFX), below every layer that speaks to a person.
 */
package io.hopscope.text;

/**
 * Opening input files safely: regular files only, size caps checked before and while reading.
 * Every reader of user files (diagram files, PNGs, AWS describe-* folders) goes through here.
 */
package io.hopscope.io.input;

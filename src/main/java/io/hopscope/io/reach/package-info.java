/** Exposure, matrix and check results as text, JSON, CSV, JUnit XML and SARIF, per the CLI contract. */
package io.hopscope.io.reach;

/** Policy files for {@code check}: YAML or JSON, read strictly and within limits into {@link io.hopscope.reach.Policy}. */
package io.hopscope.io.policy;

package io.hopscope.io.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A {@code terraform show -json} output as read: a saved plan (planned values, the prior state and
 * configuration) or a state (its values).
 *
 * @param file      the file name, for messages
 * @param plan      true for a plan, false for a state
 * @param planned   the planned values of a plan, or a state's values
 * @param prior     a plan's prior state (empty for a state or a plan from nothing)
 * @param configuration a plan's {@code configuration}, or null
 */
public record TfDocument(String file, boolean plan, String formatVersion, String terraformVersion,
                         List<TfResource> planned, List<TfResource> prior, JsonNode configuration) {

    public TfDocument {
        planned = List.copyOf(planned);
        prior = List.copyOf(prior);
    }
}

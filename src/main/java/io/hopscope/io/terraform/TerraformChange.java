package io.hopscope.io.terraform;

/**
 * A plan as the change it makes: the network of its prior state ({@code before}, empty when the
 * plan creates everything) and the network of its planned values ({@code after}).
 */
public record TerraformChange(TerraformImport before, TerraformImport after) {
}

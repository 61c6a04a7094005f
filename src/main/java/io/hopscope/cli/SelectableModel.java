package io.hopscope.cli;

import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.AwsTagIndex;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.terraform.TerraformFiles;
import io.hopscope.io.terraform.TerraformImport;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.ResourceTags;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MODEL of exposure, matrix and check with the tags their {@code tag:} selectors read: from an
 * AWS folder or a Terraform plan or state, the resources' tags; from a diagram, only the Name of each resource.
 */
record SelectableModel(NetworkModel model, ResourceTags tags) {

    static SelectableModel load(Path path) throws ModelFiles.LoadException {
        if (Files.isRegularFile(path) && TerraformFiles.looksLikeTerraform(path)) {
            TerraformImport t = ModelFiles.terraform(path, false);
            return new SelectableModel(ModelFiles.usable(path, t.model()), t.tags());
        }
        if (!Files.isDirectory(path)) {
            return new SelectableModel(ModelFiles.load(path), ResourceTags.NONE);
        }
        AwsSnapshot snapshot = new AwsDescribeReader().read(path);
        AwsImport result = AwsImporter.convert(snapshot);
        if (result.refused()) {
            throw new ModelFiles.LoadException(path + ": " + result.refusals().get(0));
        }
        if (result.model() == null || result.model().vpcs().isEmpty()) {
            // Same wording as trace for an empty or unusable folder.
            return new SelectableModel(ModelFiles.load(path), ResourceTags.NONE);
        }
        return new SelectableModel(ModelFiles.usable(path, result), AwsTagIndex.of(snapshot));
    }
}

package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import java.util.List;

/**
 * Runs every model rule and returns all problems: errors for what AWS would refuse or what makes
 * the model inconsistent, warnings for what is legal but a common learner's mistake. Used by the
 * file reader, the editor's problems panel and {@code hopscope validate}.
 */
public final class ModelValidator {

    /** Errors first in the list so a reader of the output meets the blocking ones first. */
    public static final List<ModelRule> RULES = List.of(
            new UniqueIdsRule(),
            new ReferencesRule(),
            new TransitReferencesRule(),
            new SubnetInsideVpcRule(),
            new OverlappingSubnetsRule(),
            new MainTableAndDefaultAclRule(),
            new SubnetAssociationsRule(),
            new InterfaceAddressesRule(),
            new InterfaceSecurityGroupsRule(),
            new NaclRuleNumbersRule(),
            new PeeringRule(),
            new RouteTargetVpcRule(),
            new NatRouteWithoutInternetRule(),
            new InactiveRouteTargetRule(),
            new NaclEphemeralPortsRule(),
            new PublicIpInPrivateSubnetRule(),
            new SgReferenceAcrossVpcsRule(),
            new LoadBalancerRule(),
            new LoadBalancerProtocolsRule(),
            new HybridRule());

    private static final List<ModelRule> ERROR_RULES = RULES.stream().filter(ModelRule::reportsErrors).toList();

    private ModelValidator() {
    }

    /** Problems located by the resources' positions in the model ({@code $.model.subnets[2].cidr}). */
    public static List<Problem> validate(NetworkModel model) {
        return validate(model, ResourceLocator.byModelIndex(model));
    }

    public static List<Problem> validate(NetworkModel model, ResourceLocator locator) {
        return new RuleRun(model, locator, true, RULES).problems();
    }

    /** Every problem, without the cap per rule: for code that acts on each one (the import's repair). */
    public static List<Problem> validateAll(NetworkModel model, ResourceLocator locator) {
        return new RuleRun(model, locator, false, RULES).problems();
    }

    /**
     * Every error, without the cap per rule, and nothing else: the rules that only warn are not
     * run. For code that acts on errors alone (the import's repair), at a fraction of the cost.
     */
    public static List<Problem> errorsAll(NetworkModel model, ResourceLocator locator) {
        return new RuleRun(model, locator, false, ERROR_RULES).problems().stream().filter(Problem::isError).toList();
    }

    /**
     * The duplicate ids and broken references alone, located by position in the model (the same
     * paths as in a file that was read without structural errors). A model with one of these
     * cannot be traced or drawn: the commands refuse it as an input error.
     */
    public static List<Problem> referenceErrors(NetworkModel model) {
        return new RuleRun(model, ResourceLocator.byModelIndex(model), true, List.of(RULES.get(0), RULES.get(1)))
                .problems().stream().filter(Problem::isError).toList();
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }
}

package io.hopscope.ui.inspector;

import io.hopscope.ui.common.DiagramDocument;
import java.util.ResourceBundle;

/** The inspector's tabs for one load balancer: its listeners (with scheme and groups), its target groups. */
final class LoadBalancerTabs {

    /** Tab ids. */
    static final String LISTENERS = "listeners";
    static final String TARGET_GROUPS = "target-groups";

    /** How the inspector adds a tab: id, title key, view. */
    interface TabSink {
        void add(String id, String titleKey, RuleTableView view);
    }

    private LoadBalancerTabs() {
    }

    static void add(DiagramDocument document, ResourceBundle messages, String loadBalancerId, TabSink tabs) {
        tabs.add(LISTENERS, "inspector.tab.listeners", new ListenersView(
                new ListenersViewModel(document, messages, loadBalancerId),
                new LoadBalancerSettingsViewModel(document, messages, loadBalancerId), messages));
        tabs.add(TARGET_GROUPS, "inspector.tab.targetGroups",
                new TargetGroupsView(new TargetGroupsViewModel(document, messages, loadBalancerId), messages));
    }
}

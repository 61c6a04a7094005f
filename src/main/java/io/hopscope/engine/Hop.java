package io.hopscope.engine;

import io.hopscope.text.Text;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One component the packet met and what it decided. {@code rule} is the deciding rule as the
 * CLI contract spells it (NACL number or "*", matched SG rule, "dest -> target" route) and
 * {@code ruleRef} where that decision lives (the row, or "no matching rule", the default rule,
 * connection tracking, a rule-less component); {@code code} the closest Reachability Analyzer code
 * on a blocking hop, {@code reason} the machine key of the conformance vocabulary
 * ("no-matching-rule", "no-route", the NACL number...), {@code groups} the ENI's security groups
 * when a security-group hop names the ENI because it has several.
 *
 * <p>A value with the accessors of a record, but not a record: the explanation may be given as a
 * supplier and is only written out when someone reads it. The editor re-traces on every keystroke
 * and most hops' sentences are never shown, so building them eagerly was most of a trace's cost.
 * Built with {@link #at}: eleven positional arguments, four of them nullable strings, were too easy
 * to swap.
 */
public final class Hop {
    private final String componentId;
    private final ComponentKind kind;
    private final String name;
    private final Direction direction;
    private final Decision decision;
    private Supplier<String> pendingRule;
    private String rule;
    private final RuleRef ruleRef;
    private final Packet packet;
    private final String code;
    private final String reason;
    private final List<String> groups;
    private Supplier<String> pending;
    private Supplier<Text> pendingText;
    private Text text;
    // Written at most once with an immutable String: a racing second reader at worst builds it again.
    private String explanation;

    private Hop(Builder b, Supplier<String> pending, Supplier<Text> pendingText, Text text, String explanation) {
        this.componentId = Objects.requireNonNull(b.componentId, "componentId");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.name = b.name == null ? "" : b.name;
        this.direction = b.direction;
        this.decision = Objects.requireNonNull(b.decision, "decision");
        this.rule = b.rule;
        this.pendingRule = b.pendingRule;
        this.ruleRef = b.ruleRef != null ? b.ruleRef : RuleRef.component(b.componentId, b.direction);
        this.packet = b.packet;
        this.code = b.code;
        this.reason = b.reason;
        this.groups = b.groups == null ? List.of() : List.copyOf(b.groups);
        this.pending = pending;
        this.pendingText = pendingText;
        this.text = text;
        this.explanation = explanation;
    }

    /** Starts a hop at the component {@code id} of {@code kind}, called {@code name} (may be null). */
    public static Builder at(ComponentKind kind, String id, String name) {
        return new Builder(kind, id, name);
    }

    public String componentId() {
        return componentId;
    }

    public ComponentKind kind() {
        return kind;
    }

    /** The kind as the CLI contract spells it ("security-group"): for writers and the conformance tests. */
    public String componentType() {
        return kind.wireName();
    }

    public String name() {
        return name;
    }

    /** Which way the packet crosses the component, or null where that has no meaning (routes, peering). */
    public Direction direction() {
        return direction;
    }

    public Decision decision() {
        return decision;
    }

    public String rule() {
        String text = rule;
        if (text == null) {
            Supplier<String> s = pendingRule;
            if (s == null) {
                return null;
            }
            text = s.get();
            rule = text;
            pendingRule = null;
        }
        return text;
    }

    public RuleRef ruleRef() {
        return ruleRef;
    }

    public Packet packet() {
        return packet;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    public List<String> groups() {
        return groups;
    }

    /** The explanation in English, as the command line and the JSON write it. */
    public String explanation() {
        String english = explanation;
        if (english == null) {
            Supplier<String> s = pending;
            if (text != null || pendingText != null) {
                english = explanationText().toString();
            } else if (s != null) {
                english = s.get();
            } else {
                return null;
            }
            explanation = english;
            pending = null;
        }
        return english;
    }

    /** The explanation as a key and arguments, for a reader who writes it in another language. */
    public Text explanationText() {
        Text t = text;
        if (t == null) {
            Supplier<Text> s = pendingText;
            if (s != null) {
                t = s.get();
                text = t;
                pendingText = null;
            } else if (pending != null || explanation != null) {
                t = Text.literal(explanation());
            }
        }
        return t;
    }

    public boolean blocks() {
        return decision.blocks();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Hop h && componentId.equals(h.componentId) && kind == h.kind
                && name.equals(h.name) && direction == h.direction && decision == h.decision
                && Objects.equals(rule(), h.rule()) && ruleRef.equals(h.ruleRef) && Objects.equals(packet, h.packet)
                && Objects.equals(code, h.code) && Objects.equals(reason, h.reason) && groups.equals(h.groups)
                && Objects.equals(explanation(), h.explanation()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(componentId, kind, name, direction, decision, rule(), ruleRef, packet, code, reason, groups,
                explanation());
    }

    @Override
    public String toString() {
        return "Hop[componentId=" + componentId + ", kind=" + kind + ", name=" + name + ", direction=" + direction
                + ", decision=" + decision + ", rule=" + rule() + ", ruleRef=" + ruleRef + ", packet=" + packet
                + ", code=" + code + ", reason=" + reason + ", groups=" + groups + ", explanation=" + explanation() + "]";
    }

    /**
     * Collects a hop's fields; {@link #explained(Supplier)} or {@link #explained(String)} ends it. A hop
     * without a {@link #rule} points at its component ({@link RuleRef.Kind#COMPONENT}).
     */
    public static final class Builder {
        private final ComponentKind kind;
        private final String componentId;
        private final String name;
        private Direction direction;
        private Decision decision;
        private String rule;
        private Supplier<String> pendingRule;
        private RuleRef ruleRef;
        private Packet packet;
        private String code;
        private String reason;
        private List<String> groups;

        private Builder(ComponentKind kind, String componentId, String name) {
            this.kind = kind;
            this.componentId = componentId;
            this.name = name;
        }

        public Builder direction(Direction d) {
            this.direction = d;
            return this;
        }

        /** What the component did with {@code p}, the packet as it saw it. */
        public Builder decided(Decision d, Packet p) {
            this.decision = d;
            this.packet = p;
            return this;
        }

        /** The deciding rule: its contract text (null when none) and where it lives. */
        public Builder rule(String text, RuleRef ref) {
            this.rule = text;
            this.ruleRef = ref;
            return this;
        }

        /**
         * As above, the contract text written by {@code text} on first read: a security group rule's
         * or a route's text is only read by the writers and the inspector, not by the walk.
         */
        public Builder ruleLater(Supplier<String> text, RuleRef ref) {
            this.pendingRule = text;
            this.ruleRef = ref;
            return this;
        }

        /** Why a blocking hop blocks: the Reachability Analyzer code and the conformance reason key. */
        public Builder blocked(String code, String reason) {
            this.code = code;
            this.reason = reason;
            return this;
        }

        public Builder groups(List<String> ids) {
            this.groups = ids;
            return this;
        }

        /** The hop, its sentence built by {@code explanation} on first read. */
        public Hop explained(Supplier<String> explanation) {
            return new Hop(this, explanation, null, null, null);
        }

        public Hop explained(String explanation) {
            return new Hop(this, null, null, null, explanation);
        }

        /** The hop, its sentence a key of the engine's bundle, written (in English or another language) when read. */
        public Hop explained(Text explanation) {
            return new Hop(this, null, null, explanation, null);
        }

        /** As above, the key and arguments worked out on first read (when finding them costs a scan). */
        public Hop explainedLater(Supplier<Text> explanation) {
            return new Hop(this, null, explanation, null, null);
        }
    }
}

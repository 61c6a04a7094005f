package io.hopscope.ui.trace;

import io.hopscope.diagram.SavedTrace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The question the user is asking, as the fields show it: source, destination, protocol, port,
 * client and a typed source port. Turns into the engine's {@link TraceQuery}; every default
 * (source port from the client's profile, ICMP echo) is left to the engine.
 */
final class TraceQuestion {

    final StringProperty from = new SimpleStringProperty(this, "from", "");
    final StringProperty to = new SimpleStringProperty(this, "to", "");
    final StringProperty protocol = new SimpleStringProperty(this, "protocol", "tcp");
    final StringProperty port = new SimpleStringProperty(this, "port", "");
    final ObjectProperty<ClientChoice> client = new SimpleObjectProperty<>(this, "client", ClientChoice.SOURCE_DEFAULT);
    final StringProperty customSourcePort = new SimpleStringProperty(this, "customSourcePort", "");
    final BooleanProperty pickingDestination = new SimpleBooleanProperty(this, "pickingDestination");
    private final ResourceBundle messages;

    TraceQuestion(ResourceBundle messages) {
        this.messages = messages;
    }

    /** The query; an IllegalArgumentException says in words which field is wrong. */
    TraceQuery toQuery() {
        String src = from.get() == null ? "" : from.get().trim();
        String dst = to.get() == null ? "" : to.get().trim();
        if (src.isEmpty() || dst.isEmpty()) {
            throw new IllegalArgumentException(messages.getString("trace.error.endpoints"));
        }
        Protocol proto;
        try {
            proto = Protocol.parse(protocol.get() == null || protocol.get().isBlank() ? "tcp" : protocol.get());
        } catch (IllegalArgumentException e) {
            // The value class refuses in English; the status line says it in the UI's language.
            throw new IllegalArgumentException(io.hopscope.edit.EditRefusal.message(e, messages.getLocale()), e);
        }
        Integer dstPort = proto.hasPorts() ? number(port.get(), "trace.port") : null;
        if (proto.hasPorts() && dstPort == null) {
            throw new IllegalArgumentException(messages.getString("trace.error.port"));
        }
        Integer custom = client.get() == ClientChoice.CUSTOM ? number(customSourcePort.get(), "trace.sourcePort") : null;
        Integer srcPort = proto.hasPorts() ? client.get().sourcePort(custom) : null;
        return TraceQuery.of(src, dst, proto, dstPort).withSourcePort(srcPort);
    }

    private Integer number(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 0 || n > 65535) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.getString(fieldKey) + ": '" + text.trim() + "'");
        }
    }

    /** Shows a kept question in the fields. */
    /** Empties the question (another diagram was opened), keeping the protocol and client defaults. */
    /** "Trace from here": the source is set; true when the destination is there too, else picking it starts. */
    boolean takeSource(NetworkModel model, String sourceRef) {
        from.set(EndpointChoices.refFor(model, sourceRef));
        if (to.get().isBlank()) {
            pickingDestination.set(true);
            return false;
        }
        return true;
    }

    /** A destination picked on the canvas ends picking; true when the source is there too. */
    boolean takePickedDestination(NetworkModel model, String resourceId) {
        to.set(EndpointChoices.refFor(model, resourceId));
        pickingDestination.set(false);
        return !from.get().isBlank();
    }

    void clear() {
        from.set("");
        to.set("");
        protocol.set("tcp");
        port.set("");
        client.set(ClientChoice.SOURCE_DEFAULT);
        customSourcePort.set("");
        pickingDestination.set(false);
    }

    void fill(SavedTrace kept) {
        from.set(kept.from());
        to.set(kept.to());
        protocol.set(kept.protocol() == null ? "tcp" : kept.protocol().label());
        port.set(kept.port() == null ? "" : Integer.toString(kept.port()));
        client.set(kept.sourcePort() == null ? ClientChoice.SOURCE_DEFAULT : ClientChoice.CUSTOM);
        customSourcePort.set(kept.sourcePort() == null ? "" : Integer.toString(kept.sourcePort()));
    }

    static SavedTrace toSaved(TraceQuery q) {
        return new SavedTrace(q.from(), q.to(), q.protocol(), q.port(), q.sourcePort());
    }

    void usePreset(PortPreset preset) {
        protocol.set(preset.protocol());
        port.set(Integer.toString(preset.port()));
    }
}

package io.hopscope.ui.matrix;

import io.hopscope.model.net.Protocol;
import java.util.Locale;

/**
 * The service a matrix is for, as typed: {@code tcp/3306}, {@code udp 53}, {@code icmp} or a
 * protocol number. One destination port, like the CLI's {@code matrix --port}: each cell is one
 * concrete trace whose verdict covers every client port.
 */
public record MatrixService(Protocol protocol, Integer port) {

    /** Why a text is no service; {@code key} is the message key, {@code argument} its one argument. */
    public static final class ServiceException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String argument;

        ServiceException(String key, String argument) {
            super(key + ": " + argument);
            this.key = key;
            this.argument = argument;
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    public static MatrixService parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new ServiceException("matrix.error.service.empty", "");
        }
        String[] parts = t.split("[/\\s:]+", 2);
        Protocol p;
        try {
            p = Protocol.parse(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new ServiceException("matrix.error.service.protocol", parts[0]);
        }
        if (p.isAll()) {
            throw new ServiceException("matrix.error.service.all", parts[0]);
        }
        String portText = parts.length > 1 ? parts[1].trim() : "";
        if (!p.hasPorts()) {
            if (!portText.isEmpty()) {
                throw new ServiceException("matrix.error.service.noPorts", p.label());
            }
            return new MatrixService(p, null);
        }
        if (portText.isEmpty()) {
            throw new ServiceException("matrix.error.service.needPort", p.label());
        }
        if (portText.matches("\\d+\\s*-\\s*\\d+") || portText.contains(",")) {
            throw new ServiceException("matrix.error.service.range", portText);
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new ServiceException("matrix.error.service.port", portText);
        }
        if (port < 0 || port > 65535) {
            throw new ServiceException("matrix.error.service.port", portText);
        }
        return new MatrixService(p, port);
    }

    /** "tcp/3306", "icmp". */
    public String text() {
        return port == null ? protocol.label() : protocol.label() + "/" + port;
    }
}

package io.hopscope.engine;

/**
 * The field of a trace question an error is about. The engine names the field, not its spelling:
 * the CLI renders it as its option ("--from"), the app as the label of its form field ("From").
 */
public enum QueryField {
    FROM, TO, PROTOCOL, PORT, SOURCE_PORT, ICMP_TYPE, ICMP_CODE, SOURCE_IP, DESTINATION_IP, IP_VERSION
}

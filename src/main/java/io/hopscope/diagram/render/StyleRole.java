package io.hopscope.diagram.render;

/**
 * What a drawn element is, for styling: each role has the colours of the light theme, named by
 * the same token the GUI's CSS uses ({@code -hs-vpc}, {@code -hs-subnet-public}, ...), so an
 * exported picture looks like the canvas. Colours are {@code #RRGGBB}.
 */
public enum StyleRole {
    VPC("vpc", "#F3F7FF", "#3B6FD8", "#1B2A4A"),
    SUBNET_PUBLIC("subnet-public", "#E7F6EC", "#2E9D5B", "#14432A"),
    SUBNET_PRIVATE("subnet-private", "#EDF0F5", "#5B6B82", "#26303F"),
    WORKLOAD("workload", "#FFFFFF", "#D9730D", "#3A2610"),
    INTERFACE("interface", "#FFFFFF", "#8A94A6", "#26303F"),
    GATEWAY("gateway", "#F3ECFF", "#7A4CC2", "#2E1A52"),
    ENDPOINT("endpoint", "#E4F6F6", "#16898C", "#0D3B3C"),
    EXTERNAL("external", "#F7F7F7", "#444B57", "#1F2329"),
    NOTE("note", "#FFF8C5", "#C9B458", "#3D3514"),
    PEERING("peering", "none", "#3B6FD8", "#1B2A4A"),
    LINK("link", "none", "#8A94A6", "#26303F"),
    ALLOW("allow", "none", "#1E8E3E", "#0F4A20"),
    DENY("deny", "none", "#D93025", "#5C120D");

    private final String wireName;
    private final String fill;
    private final String stroke;
    private final String text;

    StyleRole(String wireName, String fill, String stroke, String text) {
        this.wireName = wireName;
        this.fill = fill;
        this.stroke = stroke;
        this.text = text;
    }

    /** "subnet-public": the CSS class suffix and, with {@code -hs-} in front, the theme token. */
    public String wireName() {
        return wireName;
    }

    public String token() {
        return "-hs-" + wireName;
    }

    /** Fill colour, or "none" for lines. */
    public String fill() {
        return fill;
    }

    public String stroke() {
        return stroke;
    }

    public String text() {
        return text;
    }
}

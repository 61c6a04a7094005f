package io.hopscope.diagram.render;

/**
 * What a drawn element is, for styling, with the colours of the GUI's light theme
 * ({@code ui/theme/light.css}): each role is named like the theme's token ({@code -hs-vpc},
 * {@code -hs-subnet-public}, ...), so an exported picture looks like the canvas. Colours are
 * {@code #RRGGBB}; "none" means not painted. {@code band} is the header band of a subnet.
 */
public enum StyleRole {
    VPC("vpc", "#F3F0FF", "#6B4FD8", 2, "#6B4FD8", "none"),
    SUBNET_PUBLIC("subnet-public", "#FFFFFF", "#1F8A4C", 1.5, Colors.TEXT, "#E3F5EA"),
    SUBNET_PRIVATE("subnet-private", "#FFFFFF", "#2563C9", 1.5, Colors.TEXT, "#E4EDFB"),
    WORKLOAD("workload", "#FFFFFF", "#C9D1DC", 1, Colors.TEXT, "none"),
    INTERFACE("interface", "#FFFFFF", "#C9D1DC", 1, Colors.TEXT, "none"),
    GATEWAY("gateway", "#FFFFFF", "#7A3FB5", 2, Colors.TEXT, "none"),
    ENDPOINT("endpoint", "#FFFFFF", "#7A3FB5", 2, Colors.TEXT, "none"),
    EXTERNAL("external", "#FFFFFF", "#36475C", 2, Colors.TEXT, "none"),
    NOTE("note", "#FFF4BF", "#E0D48A", 1, "#4A3F10", "none"),
    PEERING("peering", "none", "#6B4FD8", 2.5, "#6B4FD8", "none"),
    ATTACHMENT("attachment", "none", "#8794A6", 1.5, Colors.MUTED, "none"),
    /** A transit gateway attachment ({@code -hs-transit}). */
    TRANSIT("transit", "none", "#B0418C", 2, "#B0418C", "none"),
    /** A load balancer's line to a registered target ({@code -hs-target-link}). */
    TARGET_LINK("target-link", "none", "#D2691E", 1.5, "#A34E12", "none"),
    ALLOW("allow", "none", "#1F8A4C", 2.5, "#1F8A4C", "none"),
    DENY("deny", "none", "#C62828", 2.5, "#C62828", "none"),
    /** A security group badge on a workload ({@code -hs-sg}, {@code -hs-sg-text}). */
    SG_BADGE("sg-badge", "#FDE8D7", "#E8B999", 1, "#8A3B00", "none"),
    /** A route table or network ACL badge on a subnet ({@code -hs-association}). */
    ASSOCIATION_BADGE("association-badge", "#E8ECF1", "#C4CCD6", 1, "#36475C", "none"),
    /** The caption and legend of an exported trace: a plain white panel. */
    CAPTION("caption", "#FFFFFF", "#C9D1DC", 1, Colors.TEXT, "none"),
    /** A line of text in the caption, with no frame of its own. */
    CAPTION_TEXT("caption-text", "#FFFFFF", "#FFFFFF", 0.5, Colors.TEXT, "none");

    /** Shared text colours of the theme ({@code -hs-text}, {@code -hs-text-muted}, {@code -hs-canvas-bg}). */
    public static final class Colors {
        public static final String TEXT = "#1F2933";
        public static final String MUTED = "#5F6B7A";
        public static final String CANVAS = "#F5F7FA";

        private Colors() {
        }
    }

    private final String wireName;
    private final String fill;
    private final String stroke;
    private final double strokeWidth;
    private final String text;
    private final String band;

    StyleRole(String wireName, String fill, String stroke, double strokeWidth, String text, String band) {
        this.wireName = wireName;
        this.fill = fill;
        this.stroke = stroke;
        this.strokeWidth = strokeWidth;
        this.text = text;
        this.band = band;
    }

    /** "subnet-public": the CSS class suffix and, with {@code -hs-} in front, the theme token. */
    public String wireName() {
        return wireName;
    }

    public String token() {
        return "-hs-" + wireName;
    }

    /** Fill colour of the box, or "none" for lines. */
    public String fill() {
        return fill;
    }

    public String stroke() {
        return stroke;
    }

    public double strokeWidth() {
        return strokeWidth;
    }

    /** Colour of the title line; the second line is always {@link Colors#MUTED}. */
    public String text() {
        return text;
    }

    /** Colour of the header band (subnets), or "none". */
    public String band() {
        return band;
    }

    /** Colour of an icon drawn in a box of this role. */
    public String iconColor() {
        return switch (this) {
            case WORKLOAD -> "#D2691E";
            case GATEWAY, ENDPOINT -> "#7A3FB5";
            case EXTERNAL -> "#36475C";
            default -> Colors.MUTED;
        };
    }
}

package io.hopscope.ui.inspector;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;

/** The ec2-to-rds sample and its ids, shared by the inspector tests. */
public final class InspectorFixture {

    public static final String VPC = "vpc-0a1b2c3d4e5f60001";
    public static final String WEB_SUBNET = "subnet-0a1b2c3d4e5f60003";
    public static final String DB_SUBNET = "subnet-0a1b2c3d4e5f60004";
    public static final String DB_B_SUBNET = "subnet-0a1b2c3d4e5f60005";
    public static final String MAIN_RTB = "rtb-0a1b2c3d4e5f60006";
    public static final String PUBLIC_RTB = "rtb-0a1b2c3d4e5f60007";
    public static final String WEB_ACL = "acl-0a1b2c3d4e5f60009";
    public static final String DB_ACL = "acl-0a1b2c3d4e5f6000a";
    public static final String WEB_SG = "sg-0a1b2c3d4e5f6000c";
    public static final String DB_SG = "sg-0a1b2c3d4e5f6000d";
    public static final String IGW = "igw-0a1b2c3d4e5f60002";
    public static final String WEB_ENI = "eni-0a1b2c3d4e5f6000e";
    public static final String DB_ENI = "eni-0a1b2c3d4e5f6000f";
    public static final String WEB = "i-0a1b2c3d4e5f60010";

    private InspectorFixture() {
    }

    public static Diagram ec2ToRds() {
        return DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
    }

    public static ResourceBundle english() {
        return ResourceBundle.getBundle("io.hopscope.i18n.messages", Locale.ENGLISH);
    }
}

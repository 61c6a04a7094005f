package io.hopscope.edit;

import io.hopscope.diagram.Diagram;
import io.hopscope.io.format.DiagramReader;
import java.nio.file.Path;

/** The ec2-to-rds sample diagram and the ids the edit tests use. */
public final class Ec2ToRds {

    public static final String VPC = "vpc-0a1b2c3d4e5f60001";
    public static final String WEB_SUBNET = "subnet-0a1b2c3d4e5f60003";
    public static final String DB_SUBNET = "subnet-0a1b2c3d4e5f60004";
    public static final String MAIN_RTB = "rtb-0a1b2c3d4e5f60006";
    public static final String PUBLIC_RTB = "rtb-0a1b2c3d4e5f60007";
    public static final String DEFAULT_ACL = "acl-0a1b2c3d4e5f60008";
    public static final String WEB_ACL = "acl-0a1b2c3d4e5f60009";
    public static final String DB_ACL = "acl-0a1b2c3d4e5f6000a";
    public static final String WEB_SG = "sg-0a1b2c3d4e5f6000c";
    public static final String DB_SG = "sg-0a1b2c3d4e5f6000d";
    public static final String IGW = "igw-0a1b2c3d4e5f60002";
    public static final String WEB_ENI = "eni-0a1b2c3d4e5f6000e";

    private Ec2ToRds() {
    }

    public static Diagram diagram() {
        return DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
    }
}

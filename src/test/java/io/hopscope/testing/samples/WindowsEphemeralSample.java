package io.hopscope.testing.samples;

import static io.hopscope.testing.samples.SampleResources.AZ_A;
import static io.hopscope.testing.samples.SampleResources.allTrafficOut;
import static io.hopscope.testing.samples.SampleResources.cidrPeer;
import static io.hopscope.testing.samples.SampleResources.tcpIn;
import static io.hopscope.testing.samples.SampleResources.tcpOut;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Layout;
import io.hopscope.model.ClientProfile;
import io.hopscope.model.InterfaceType;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.PortRange;
import java.util.List;

/**
 * A Linux and a Windows app server in one subnet against a database whose NACL returns replies only
 * to 32768-61000, the Linux range as AWS writes it: Linux always works, Windows (49152-65535) works
 * for some ports and hangs for the rest, PORT_DEPENDENT [EPH] (rulebook 13).
 */
final class WindowsEphemeralSample {

    static final SampleIds IDS = new SampleIds(9);
    static final String VPC = IDS.of("vpc-", 0x01);
    static final String APP_SUBNET = IDS.of("subnet-", 0x02);
    static final String DB_SUBNET = IDS.of("subnet-", 0x03);
    static final String MAIN_TABLE = IDS.of("rtb-", 0x04);
    static final String DEFAULT_NACL = IDS.of("acl-", 0x05);
    static final String APP_NACL = IDS.of("acl-", 0x06);
    static final String DB_NACL = IDS.of("acl-", 0x07);
    static final String DEFAULT_SG = IDS.of("sg-", 0x08);
    static final String APP_SG = IDS.of("sg-", 0x09);
    static final String DB_SG = IDS.of("sg-", 0x0a);
    static final String LINUX_ENI = IDS.of("eni-", 0x0b);
    static final String WINDOWS_ENI = IDS.of("eni-", 0x0c);
    static final String DB_ENI = IDS.of("eni-", 0x0d);
    static final String LINUX = IDS.of("i-", 0x0e);
    static final String WINDOWS = IDS.of("i-", 0x0f);
    static final String DB = "reports-db";

    private static final String VPC_CIDR = "10.20.0.0/16";
    private static final String APP_CIDR = "10.20.1.0/24";
    private static final String DB_CIDR = "10.20.2.0/24";

    private WindowsEphemeralSample() {
    }

    static Diagram diagram() {
        return new Diagram("Windows clients and a Linux-only NACL reply rule", DESCRIPTION, model(), layout());
    }

    private static NetworkModel model() {
        return NetworkModel.builder()
                .add(SampleResources.vpc(VPC, "reports", VPC_CIDR))
                .add(SampleResources.subnet(APP_SUBNET, "app-a", VPC, APP_CIDR, AZ_A))
                .add(SampleResources.subnet(DB_SUBNET, "db-a", VPC, DB_CIDR, AZ_A))
                .add(SampleResources.mainTable(MAIN_TABLE, "reports-main", VPC, VPC_CIDR))
                .add(SampleResources.defaultNacl(DEFAULT_NACL, "reports-default", VPC))
                .add(SampleResources.nacl(APP_NACL, "app-nacl", VPC, List.of(APP_SUBNET),
                        tcpIn(100, new PortRange(1024, 65535), DB_CIDR),
                        tcpOut(100, PortRange.single(1433), DB_CIDR)))
                .add(SampleResources.nacl(DB_NACL, "db-nacl", VPC, List.of(DB_SUBNET),
                        tcpIn(100, PortRange.single(1433), APP_CIDR),
                        tcpOut(100, new PortRange(32768, 61000), APP_CIDR)))
                .add(SampleResources.defaultSg(DEFAULT_SG, VPC))
                .add(SampleResources.sg(APP_SG, "app-sg", VPC, "no inbound; all outbound", List.of(),
                        List.of(allTrafficOut())))
                .add(SampleResources.sg(DB_SG, "reports-db-sg", VPC, "SQL Server from the app subnet",
                        List.of(SampleResources.tcp(1433, cidrPeer(APP_CIDR), "SQL Server from app-a")),
                        List.of(allTrafficOut())))
                .add(SampleResources.eni(LINUX_ENI, "report-linux-eni", APP_SUBNET, InterfaceType.INSTANCE, "10.20.1.10",
                        null, "Primary network interface", APP_SG))
                .add(SampleResources.eni(WINDOWS_ENI, "report-windows-eni", APP_SUBNET, InterfaceType.INSTANCE,
                        "10.20.1.20", null, "Primary network interface", APP_SG))
                .add(SampleResources.eni(DB_ENI, "reports-db-eni", DB_SUBNET, InterfaceType.RDS, "10.20.2.30", null,
                        "RDSNetworkInterface", DB_SG))
                .add(SampleResources.workload(LINUX, "report-linux", WorkloadKind.EC2, LINUX_ENI))
                .add(new Workload(WINDOWS, "report-windows", WorkloadKind.EC2, List.of(WINDOWS_ENI), ClientProfile.WINDOWS))
                .add(SampleResources.workload(DB, DB, WorkloadKind.RDS, DB_ENI))
                .build();
    }

    private static Layout layout() {
        SampleCanvas canvas = new SampleCanvas();
        canvas.vpc(VPC, 40, 200, 1, 2);
        canvas.subnet(APP_SUBNET, VPC, 0, 0);
        canvas.subnet(DB_SUBNET, VPC, 0, 1);
        canvas.boxes(APP_SUBNET, LINUX, WINDOWS);
        canvas.boxes(DB_SUBNET, DB);
        return canvas.layout();
    }

    private static final String DESCRIPTION = "Two report servers in app-a query reports-db (SQL Server, tcp/1433)"
            + " in db-a. db-nacl answers only on 32768-61000, the Linux ephemeral range as AWS's NACL guide writes"
            + " it. Trace report-linux to reports-db on 1433: REACHABLE, its whole range 32768-60999 fits. Trace"
            + " report-windows the same way: the packet shown (source port 50000) gets through, but the verdict is"
            + " PORT_DEPENDENT: Windows picks source ports from 49152-65535, so replies to 61001-65535 hit the final"
            + " * of db-nacl outbound and those connections hang, a failure that comes and goes in real life. That"
            + " is the trap: a reply rule written for Linux. The fix is to answer on 1024-65535 (rule 100 of db-nacl outbound), which covers every client: Linux,"
            + " Windows, NAT gateways, load balancers and Lambda. Try --client-profile linux on report-windows to"
            + " see the difference.";
}

package org.sovplan.k8s;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP networks written as CIDRs ({@code 10.0.0.0/8}, {@code fc00::/7}) or single addresses. */
final class Networks {

    private Networks() {
    }

    /** Whether network {@code outer} holds every address of network {@code inner}. */
    static boolean contains(String outer, String inner) {
        Cidr o = Cidr.parse(outer);
        Cidr i = Cidr.parse(inner);
        return o.bits() == i.bits() && o.prefix() <= i.prefix()
                && o.base().shiftRight(o.bits() - o.prefix()).equals(i.base().shiftRight(i.bits() - o.prefix()));
    }

    private record Cidr(BigInteger base, int prefix, int bits) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new AssertionError("not an address: " + text);
            }
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                int bits = bytes.length * 8;
                int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
                return new Cidr(new BigInteger(1, bytes), prefix, bits);
            } catch (UnknownHostException e) {
                throw new AssertionError("not an address: " + text, e);
            }
        }
    }
}

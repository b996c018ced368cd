package com.aeims.infrastructure.payment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Network ranges in CIDR notation ("64.38.212.0/24", "2001:db8::/32"), to tell whether an address is in one. */
public final class AddressRanges {

    private record Range(byte[] network, int prefix) {
    }

    private final List<Range> ranges;
    private final String text;

    private AddressRanges(List<Range> ranges, String text) {
        this.ranges = List.copyOf(ranges);
        this.text = text;
    }

    /**
     * @param cidrs comma-separated ranges; an address without a prefix is that address alone
     * @throws IllegalArgumentException naming the range that is not one
     */
    public static AddressRanges parse(String cidrs) {
        List<Range> ranges = new ArrayList<>();
        for (String cidr : cidrs.split(",")) {
            String range = cidr.strip();
            if (range.isEmpty()) {
                continue;
            }
            int slash = range.indexOf('/');
            byte[] network = literal(slash < 0 ? range : range.substring(0, slash), range);
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(range.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an address range: " + range);
                }
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("not an address range: " + range);
            }
            ranges.add(new Range(network, prefix));
        }
        return new AddressRanges(ranges, cidrs.strip());
    }

    public boolean contains(String address) {
        byte[] bytes;
        try {
            bytes = literal(address, address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ranges.stream().anyMatch(range -> matches(range, bytes));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    private static boolean matches(Range range, byte[] address) {
        if (range.network().length != address.length) {
            return false;
        }
        int whole = range.prefix() / 8;
        if (!Arrays.equals(range.network(), 0, whole, address, 0, whole)) {
            return false;
        }
        int rest = range.prefix() % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (range.network()[whole] & mask) == (address[whole] & mask);
    }

    /** Only numeric addresses: a host name here would make a DNS lookup on every request. */
    private static byte[] literal(String address, String range) {
        String bare = address.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        // four dotted numbers or IPv6: the JDK would also read "64.38.212" as 64.38.0.212
        if (bare.isEmpty() || !(bare.contains(":") || bare.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            throw new IllegalArgumentException("not an address range: " + range);
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address range: " + range, e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact big counts from machine-word arithmetic: counts are formed modulo 2^64 (Java's own
 * wrap-around) and modulo primes below 2^62 (so that a sum of two residues fits in a long),
 * then rebuilt by the Chinese remainder theorem (Garner's method). Nothing overflows silently:
 * enough moduli are taken for the product to exceed the largest count.
 */
final class Moduli {
    /** Modulus index 0 stands for 2^64; the others are primes. */
    private static final List<Long> PRIMES = new ArrayList<>();
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final long[] primes;
    private final BigInteger[] products;
    private final BigInteger[] inverses;

    /** Enough moduli to represent counts below 2^{@code bits} exactly. */
    Moduli(int bits) {
        int needed = Math.max(0, (bits - 63 + 60) / 61);
        primes = new long[needed];
        products = new BigInteger[needed + 1];
        inverses = new BigInteger[needed];
        products[0] = TWO_64;
        for (int j = 0; j < needed; j++) {
            primes[j] = prime(j);
            BigInteger p = BigInteger.valueOf(primes[j]);
            inverses[j] = products[j].mod(p).modInverse(p);
            products[j + 1] = products[j].multiply(p);
        }
    }

    /** How many moduli: 2^64 and the primes. */
    int count() {
        return primes.length + 1;
    }

    /** The modulus at {@code index}, or 0 for 2^64 (arithmetic wraps). */
    long modulus(int index) {
        return index == 0 ? 0 : primes[index - 1];
    }

    /** The number whose residues are {@code residues[m]} (residue 0 read as unsigned 64 bits). */
    BigInteger combine(long[] residues) {
        BigInteger x = new BigInteger(Long.toUnsignedString(residues[0]));
        for (int j = 0; j < primes.length; j++) {
            BigInteger p = BigInteger.valueOf(primes[j]);
            BigInteger digit = BigInteger.valueOf(residues[j + 1]).subtract(x).multiply(inverses[j]).mod(p);
            x = x.add(products[j].multiply(digit));
        }
        return x;
    }

    private static synchronized long prime(int index) {
        long candidate = PRIMES.isEmpty() ? (1L << 62) - 1 : PRIMES.get(PRIMES.size() - 1) - 2;
        while (PRIMES.size() <= index) {
            if (BigInteger.valueOf(candidate).isProbablePrime(64)) {
                PRIMES.add(candidate);
            }
            candidate -= 2;
        }
        return PRIMES.get(index);
    }

    /** {@code a + b} modulo {@code m} (m = 0 for 2^64), for residues below m. */
    static long add(long a, long b, long m) {
        long s = a + b;
        return m == 0 || s < m ? s : s - m;
    }

    /** {@code a - b} modulo {@code m} (m = 0 for 2^64), for residues below m. */
    static long sub(long a, long b, long m) {
        long d = a - b;
        return m == 0 || d >= 0 ? d : d + m;
    }
}

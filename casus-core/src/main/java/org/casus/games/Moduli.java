package org.casus.games;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact big counts from machine-word arithmetic: counts are formed modulo pairwise coprime moduli
 * and rebuilt by the Chinese remainder theorem (Garner's method). The moduli are 2^64 (Java's own
 * wrap-around, for the table solvers) and primes c 2^23 + 1 below 2^62: a sum of two residues
 * fits in a long, and each prime suits number-theoretic transforms of lengths up to 2^23 (see
 * {@link Ntt}). Nothing overflows silently: enough moduli are taken for the product to exceed the
 * largest count.
 */
final class Moduli {
    /** The primes c 2^23 + 1 below 2^62, largest first, as found so far. */
    private static final List<Long> PRIMES = new ArrayList<>();
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The moduli; 0 stands for 2^64 and may only come first. */
    private final long[] moduli;
    /** products[j]: the product of the moduli before j. */
    private final BigInteger[] products;
    /** inverses[j]: products[j] inverted modulo moduli[j] (unused for j = 0). */
    private final BigInteger[] inverses;

    /** 2^64 and enough primes to represent counts below 2^{@code bits} exactly. */
    Moduli(int bits) {
        this(wordAndPrimes(bits));
    }

    /** The given pairwise coprime moduli, 0 standing for 2^64 (first only). */
    Moduli(long[] moduli) {
        this.moduli = moduli.clone();
        products = new BigInteger[moduli.length];
        inverses = new BigInteger[moduli.length];
        BigInteger product = BigInteger.ONE;
        for (int j = 0; j < moduli.length; j++) {
            if (moduli[j] == 0 && j > 0) {
                throw new IllegalArgumentException("2^64 (modulus 0) must come first");
            }
            BigInteger m = moduli[j] == 0 ? TWO_64 : BigInteger.valueOf(moduli[j]);
            products[j] = product;
            inverses[j] = j == 0 ? BigInteger.ONE : product.mod(m).modInverse(m);
            product = product.multiply(m);
        }
    }

    private static long[] wordAndPrimes(int bits) {
        int needed = Math.max(0, (bits - 63 + 60) / 61);
        long[] moduli = new long[needed + 1];
        for (int j = 0; j < needed; j++) {
            moduli[j + 1] = prime(j);
        }
        return moduli;
    }

    /** Enough primes alone (each above 2^61) to represent counts below 2^{@code bits} exactly. */
    static long[] primes(int bits) {
        long[] primes = new long[Math.max(1, (bits + 60) / 61)];
        for (int j = 0; j < primes.length; j++) {
            primes[j] = prime(j);
        }
        return primes;
    }

    /** How many moduli. */
    int count() {
        return moduli.length;
    }

    /** The modulus at {@code index}, or 0 for 2^64 (arithmetic wraps). */
    long modulus(int index) {
        return moduli[index];
    }

    /** The number whose residues are {@code residues[m]} (a residue modulo 2^64 read as unsigned). */
    BigInteger combine(long[] residues) {
        BigInteger x = moduli[0] == 0 ? new BigInteger(Long.toUnsignedString(residues[0]))
                : BigInteger.valueOf(residues[0]);
        for (int j = 1; j < moduli.length; j++) {
            BigInteger p = BigInteger.valueOf(moduli[j]);
            BigInteger digit = BigInteger.valueOf(residues[j]).subtract(x.mod(p)).multiply(inverses[j]).mod(p);
            x = x.add(products[j].multiply(digit));
        }
        return x;
    }

    private static synchronized long prime(int index) {
        int log = Ntt.MAX_LOG;
        long c = PRIMES.isEmpty() ? ((1L << 62) - 1) >> log : (PRIMES.get(PRIMES.size() - 1) >> log) - 1;
        while (PRIMES.size() <= index) {
            if (BigInteger.valueOf((c << log) + 1).isProbablePrime(64)) {
                PRIMES.add((c << log) + 1);
            }
            c--;
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

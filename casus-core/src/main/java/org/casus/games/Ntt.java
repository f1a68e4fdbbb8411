package org.casus.games;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Truncated power series modulo one prime p = c 2^k + 1 below 2^62 (see {@link Moduli}):
 * number-theoretic transforms of lengths up to 2^k, products, {@code c log(1 + x^w)} and exp, for
 * {@link FormalPowerSeries}.
 *
 * <p>Series hold plain residues in [0, p). Every product is a Montgomery reduction (R = 2^64, the
 * high word from {@link Math#unsignedMultiplyHigh}) of a residue times a constant kept in
 * Montgomery form (roots of unity, inverses, scale factors), so no division is done. Primes below
 * 2^62 rather than 2^32: a butterfly costs about a fifth more, but a prime carries twice the bits,
 * so half as many transforms rebuild the same counts. exp is Newton's iteration carrying the
 * inverse along (Hanrot and Zimmermann 2004, Bernstein 2004): each doubling of the precision m
 * takes seven transforms of length m and six of length 2m, O(n log n) in all.
 */
final class Ntt {
    /** The longest transform, 2^MAX_LOG terms: quotas up to 8,388,608, with some 800 MB per prime at work. */
    static final int MAX_LOG = 23;

    private final long p;
    /** p^-1 modulo 2^64. */
    private final long inverseP;
    /** R^2 modulo p, to bring a residue into Montgomery form. */
    private final long r2;
    private final int log;
    /** roots[len + j]: the (2 len)-th root of unity to the power j, in Montgomery form. */
    private final long[] roots;
    /** The same for the inverse roots. */
    private final long[] inverseRoots;
    /** inverses[j]: 1 / j in Montgomery form, for j in [1, 2^k). */
    private final long[] inverses;
    /** scales[i]: 1 / 2^i in Montgomery form, times R once more to undo one reduction. */
    private final long[] scales;

    /** Arithmetic modulo {@code prime}, which must be c 2^{@code log} + 1 below 2^62, for transforms up to 2^log. */
    Ntt(long prime, int log) {
        if (prime >= 1L << 62 || log < 1 || log > MAX_LOG || prime <= 1L << log
                || ((prime - 1) & ((1L << log) - 1)) != 0) {
            throw new IllegalArgumentException("not a prime c 2^" + log + " + 1 below 2^62: " + prime);
        }
        this.p = prime;
        this.log = log;
        long inverse = prime;
        for (int i = 0; i < 5; i++) {
            inverse *= 2 - prime * inverse;
        }
        this.inverseP = inverse;
        BigInteger r = BigInteger.ONE.shiftLeft(64).mod(BigInteger.valueOf(prime));
        this.r2 = r.multiply(r).mod(BigInteger.valueOf(prime)).longValueExact();
        long one = r.longValueExact();
        int size = 1 << log;
        long nonResidue = 2;
        while (power(nonResidue, (prime - 1) / 2) != prime - 1) {
            nonResidue++;
        }
        long root = power(nonResidue, (prime - 1) >> log);
        roots = new long[size];
        inverseRoots = new long[size];
        for (int len = size >> 1; len >= 1; len >>= 1) {
            fillPowers(roots, len, montgomery(root));
            fillPowers(inverseRoots, len, montgomery(power(root, prime - 2)));
            root = multiply(montgomery(root), root);
        }
        // 1 / k = (k - 1)! / k!: factorials up, one inversion, then down again (kR: k in Montgomery form)
        inverses = new long[size];
        long factorial = one;
        long kR = one;
        for (int k = 1; k < size; k++) {
            inverses[k] = factorial;
            factorial = multiply(factorial, kR);
            kR = add(kR, one);
        }
        long inverseFactorial = montgomery(power(multiply(factorial, 1), prime - 2));
        for (int k = size - 1; k >= 1; k--) {
            kR = subtract(kR, one);
            inverses[k] = multiply(inverses[k], inverseFactorial);
            inverseFactorial = multiply(inverseFactorial, kR);
        }
        scales = new long[log + 1];
        for (int i = 0; i <= log; i++) {
            scales[i] = montgomery(montgomery(power((prime + 1) / 2, i)));
        }
    }

    /** The least k of at least 1 with 2^k at least {@code length}. */
    static int log(long length) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(length - 1));
    }

    long prime() {
        return p;
    }

    /**
     * Adds {@code c log(1 + x^w)} = c (x^w - x^2w / 2 + x^3w / 3 - ...) to {@code series}, truncated
     * to its length (at most 2^k): O(length / w).
     */
    void addLogOnePlus(long[] series, long w, long c) {
        long times = c % p;
        for (int j = 1; w * j < series.length; j++) {
            int t = (int) (w * j);
            long term = multiply(times, inverses[j]);
            series[t] = (j & 1) == 1 ? add(series[t], term) : subtract(series[t], term);
        }
    }

    /** The product of two series, in full. */
    long[] multiply(long[] a, long[] b) {
        int length = a.length + b.length - 1;
        int n = 1 << log(length);
        long[] x = Arrays.copyOf(a, n);
        convolve(x, Arrays.copyOf(b, n), n);
        return Arrays.copyOf(x, length);
    }

    /** {@code a} becomes the cyclic convolution of a and b of length n; b is overwritten by its transform. */
    private void convolve(long[] a, long[] b, int n) {
        transform(a, n);
        transform(b, n);
        product(a, b, a, n);
        inverseTransform(a, n);
    }

    /**
     * exp(h) modulo x^{@code n}, for h without constant term. Newton's iteration doubles the
     * precision m of f = exp(h) while g = 1 / f is kept to precision m as well:
     * log f = integral of (h' + g (f' - f h')), and f becomes f (1 + h - log f), where
     * f' - f h' and h - log f vanish below x^(m-1) and x^m, so every product but one is a
     * product of length-m pieces whose low or high half is known.
     */
    long[] exp(long[] h, int n) {
        if (h.length > 0 && h[0] != 0) {
            throw new IllegalArgumentException("exp needs a series without constant term");
        }
        int size = 1 << log(n);
        if (size > 1 << log) {
            throw new IllegalArgumentException("exp to precision " + n + " needs transforms beyond 2^" + log);
        }
        long[] hs = Arrays.copyOf(h, size);
        long[] f = new long[size];
        long[] g = new long[size];
        f[0] = 1;
        g[0] = 1;
        long[] fHat = new long[size / 2];
        long[] gHat = new long[size / 2];
        long[] small = new long[size / 2];
        long[] a = new long[size];
        long[] b = new long[size];
        for (int m = 1; m < n; m <<= 1) {
            int half = m / 2;
            System.arraycopy(f, 0, fHat, 0, m);
            transform(fHat, m);
            if (m > 1) {
                // g to precision m: f g = 1 + e x^half, and g becomes g - g e x^half
                System.arraycopy(g, 0, gHat, 0, half);
                Arrays.fill(gHat, half, m, 0);
                transform(gHat, m);
                product(fHat, gHat, small, m);
                inverseTransform(small, m);
                System.arraycopy(small, half, small, 0, half);
                Arrays.fill(small, half, m, 0);
                transform(small, m);
                product(small, gHat, small, m);
                inverseTransform(small, m);
                for (int i = 0; i < half; i++) {
                    g[half + i] = negate(small[i]);
                }
            }
            // f h' modulo x^m - 1, with h' cut below x^(m-1): its low part equals f', which
            // recovers the high part, and so r = (f' - f h') / x^(m-1) to precision m
            for (int i = 0; i < m - 1; i++) {
                small[i] = times(hs[i + 1], i + 1);
            }
            small[m - 1] = 0;
            transform(small, m);
            product(small, fHat, small, m);
            inverseTransform(small, m);
            Arrays.fill(b, m, 2 * m, 0);
            b[0] = negate(small[m - 1]);
            for (int i = 0; i < m - 1; i++) {
                b[i + 1] = subtract(times(f[i + 1], i + 1), small[i]);
            }
            // g r to precision m: the coefficients m - 1 to 2m - 2 of log f'
            System.arraycopy(g, 0, a, 0, m);
            Arrays.fill(a, m, 2 * m, 0);
            convolve(a, b, 2 * m);
            // (h - log f) / x^m to precision m, then f gains f times it at x^m
            for (int i = 0; i < m; i++) {
                b[i] = subtract(hs[m + i], multiply(a[i], inverses[m + i]));
            }
            Arrays.fill(b, m, 2 * m, 0);
            System.arraycopy(f, 0, a, 0, m);
            Arrays.fill(a, m, 2 * m, 0);
            convolve(a, b, 2 * m);
            System.arraycopy(a, 0, f, m, m);
        }
        return Arrays.copyOf(f, n);
    }

    /**
     * In place, the values of a[0, n) at the n-th roots of unity, in bit-reversed order
     * (decimation in frequency, so no reordering is needed before the inverse).
     */
    void transform(long[] a, int n) {
        for (int len = n >> 1; len >= 2; len >>= 1) {
            for (int i = 0; i < n; i += 2 * len) {
                for (int j = 0; j < len; j++) {
                    int x = i + j;
                    long u = a[x];
                    long v = a[x + len];
                    long s = u + v - p;
                    long d = u - v;
                    a[x] = s + ((s >> 63) & p);
                    a[x + len] = multiply(d + ((d >> 63) & p), roots[len + j]);
                }
            }
        }
        lastLevel(a, n);
    }

    /** The inverse of {@link #transform} times n: bit-reversed values in, coefficients out (decimation in time). */
    void inverseTransform(long[] a, int n) {
        lastLevel(a, n);
        for (int len = 2; len < n; len <<= 1) {
            for (int i = 0; i < n; i += 2 * len) {
                for (int j = 0; j < len; j++) {
                    int x = i + j;
                    long u = a[x];
                    long v = multiply(a[x + len], inverseRoots[len + j]);
                    long s = u + v - p;
                    long d = u - v;
                    a[x] = s + ((s >> 63) & p);
                    a[x + len] = d + ((d >> 63) & p);
                }
            }
        }
    }

    /** The butterflies of neighbours, whose root of unity is 1: the last level forward, the first inverse. */
    private void lastLevel(long[] a, int n) {
        for (int x = 0; x + 1 < n; x += 2) {
            long u = a[x];
            long v = a[x + 1];
            long s = u + v - p;
            long d = u - v;
            a[x] = s + ((s >> 63) & p);
            a[x + 1] = d + ((d >> 63) & p);
        }
    }

    /** {@code into[i] = x[i] y[i] / n} for transforms of length n, so that the inverse transform yields the product. */
    private void product(long[] x, long[] y, long[] into, int n) {
        long scale = scales[Integer.numberOfTrailingZeros(n)];
        for (int i = 0; i < n; i++) {
            into[i] = multiply(multiply(x[i], y[i]), scale);
        }
    }

    /** Fills roots[len + j] with w^j (w in Montgomery form, and so the powers). */
    private void fillPowers(long[] table, int len, long w) {
        table[len] = montgomery(1);
        for (int j = 1; j < len; j++) {
            table[len + j] = multiply(table[len + j - 1], w);
        }
    }

    /** x y R^-1 modulo p, for x and y below p: Montgomery reduction of the 128-bit product. */
    private long multiply(long x, long y) {
        long m = x * y * inverseP;
        long r = Math.unsignedMultiplyHigh(x, y) - Math.unsignedMultiplyHigh(m, p);
        return r + ((r >> 63) & p);
    }

    private long montgomery(long x) {
        return multiply(x, r2);
    }

    /** x i modulo p, for a small integer i. */
    private long times(long x, int i) {
        return multiply(x, montgomery(i));
    }

    private long power(long base, long exponent) {
        long result = montgomery(1);
        long b = montgomery(base);
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = multiply(result, b);
            }
            b = multiply(b, b);
        }
        return multiply(result, 1);
    }

    private long add(long x, long y) {
        long s = x + y - p;
        return s + ((s >> 63) & p);
    }

    private long subtract(long x, long y) {
        long d = x - y;
        return d + ((d >> 63) & p);
    }

    private long negate(long x) {
        return x == 0 ? 0 : p - x;
    }
}

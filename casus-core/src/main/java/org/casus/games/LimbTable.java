package org.casus.games;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * The coalitions of a weighted game that weigh less than its quota, counted exactly by weight:
 * the coefficients of P(x) = prod (1 + x^{w_i}) below x^q, as integers of any size, for all
 * players' Banzhaf swings at once. No moduli: each count is split into limbs of {@code bits}
 * bits kept in separate planes, {@code count[s] = sum over l of plane[l][s] * 2^(l * bits)}.
 *
 * <p>Why it is fast: multiplying by (1 + x^a) adds a shifted copy of each plane to itself,
 * which at most doubles a limb, so carries are propagated only every {@code 63 - bits} players
 * and the inner loop is a plain long addition. Between carries the planes are independent: they
 * run in parallel, each through its whole batch of players block by block while the block is in
 * cache. Counts after k players are below 2^k, so plane l only joins once k passes l * bits, and
 * a high plane stays 0 over the light cells, where there are few coalitions; with players taken
 * lightest first the table only reaches the quota late. The work is under n^2 q / (2 bits) word
 * additions, where residues cost n q per modulus (a reduction in each step) for n / 61 moduli.
 */
final class LimbTable {
    /** Cells per block of the batched passes: a block's two buffers and margins stay in a 2 MB cache. */
    private static final int BLOCK = 1 << 15;
    private final int cap;
    private final int bits;
    private final long mask;
    /** The limb planes; once the table is complete, each holds its own prefix sums. */
    private long[][] planes = new long[0][];
    /** The buffer each plane's next pass writes. */
    private long[][] spares = new long[0][];
    /** first[l]: plane l is 0 below this cell (small weights have few coalitions, so high limbs start late). */
    private int[] first = new int[0];
    /** Cells at or beyond reach are 0 in every plane. */
    private int reach = 1;

    private LimbTable(int cap) {
        this.cap = cap;
        this.bits = bits(cap);
        this.mask = (1L << bits) - 1;
    }

    /** Limb size: prefix sums of a plane stay below cap * 2^bits < 2^62. */
    private static int bits(int cap) {
        return Math.min(44, 62 - (64 - Long.numberOfLeadingZeros(cap)));
    }

    /** The bytes the table of {@code players} players lighter than {@code cap} takes at most. */
    static long bytes(long players, int cap) {
        return 16L * (players / bits(cap) + 1) * cap;
    }

    /** The table of the players of {@code weights} lighter than {@code cap} (heavier ones reach the cap alone). */
    static LimbTable of(long[] weights, int cap) {
        LimbTable table = new LimbTable(cap);
        int[] light = Arrays.stream(weights).filter(w -> w < cap).mapToInt(w -> (int) w).sorted().toArray();
        table.addPlanes(1);
        table.planes[0][0] = 1;
        table.first[0] = 0;
        int batch = 63 - table.bits;
        for (int start = 0; start < light.length; start += batch) {
            int end = Math.min(light.length, start + batch);
            table.multiply(Arrays.copyOfRange(light, start, end));
            table.addPlanes(end / table.bits + 1 - table.planes.length);
            table.carry();
        }
        for (long[] plane : table.planes) {
            Arrays.parallelPrefix(plane, Long::sum);
        }
        table.spares = null;
        return table;
    }

    /**
     * Multiplies by (1 + x^a) for each a of the batch, every plane in parallel. Each plane goes
     * through the whole batch block by block, top down, so that a block stays in cache: pass i of
     * a block covers its cells shifted up by the batch's weights up to a_i, so every cell it reads
     * has been through pass i - 1 (in this block or the one above) and none is overwritten early.
     */
    private void multiply(int[] batch) {
        int[] reaches = new int[batch.length];
        long[] shifts = new long[batch.length];
        int r = reach;
        long shift = 0;
        long top = 0;
        for (int i = 0; i < batch.length; i++) {
            r = (int) Math.min(cap, (long) r + batch[i]);
            reaches[i] = r;
            shift += batch[i];
            shifts[i] = shift;
            top = Math.max(top, r - shift);
        }
        long start = top - BLOCK;
        long last = shift;
        IntStream.range(0, planes.length).parallel().forEach(l -> {
            long[][] buffers = {planes[l], spares[l]};
            int low = first[l];
            for (long base = start; ; base -= BLOCK) {
                for (int i = 0; i < batch.length; i++) {
                    long from = Math.max(low, base + shifts[i]);
                    long to = Math.min(reaches[i], base + BLOCK + shifts[i]);
                    if (from < to) {
                        shiftAdd(buffers[i & 1], buffers[(i + 1) & 1], batch[i], (int) from, (int) to);
                    }
                }
                if (base + last <= low) {
                    break;
                }
            }
            planes[l] = buffers[batch.length & 1];
            spares[l] = buffers[(batch.length + 1) & 1];
        });
        reach = r;
    }

    /** {@code dst = src * (1 + x^a)} on cells [from, to); two arrays so that the loop vectorises. */
    private static void shiftAdd(long[] src, long[] dst, int a, int from, int to) {
        int split = Math.max(from, Math.min(a, to));
        System.arraycopy(src, from, dst, from, split - from);
        for (int s = split; s < to; s++) {
            dst[s] = src[s] + src[s - a];
        }
    }

    /** Moves every limb's bits above {@code bits} into the next plane; cells are independent. */
    private void carry() {
        for (int l = 0; l + 1 < planes.length; l++) {
            long[] low = planes[l];
            int s = first[l];
            while (s < reach && low[s] >>> bits == 0) {
                s++;
            }
            first[l + 1] = Math.min(first[l + 1], s);
        }
        int chunks = Math.max(1, Math.min(reach / 4096, 2 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) reach * c / chunks);
            int to = (int) ((long) reach * (c + 1) / chunks);
            for (int l = 0; l + 1 < planes.length; l++) {
                long[] low = planes[l];
                long[] high = planes[l + 1];
                for (int s = Math.max(from, first[l]); s < to; s++) {
                    long v = low[s];
                    high[s] += v >>> bits;
                    low[s] = v & mask;
                }
            }
        });
    }

    private void addPlanes(int count) {
        if (count <= 0) {
            return;
        }
        int old = planes.length;
        planes = Arrays.copyOf(planes, old + count);
        spares = Arrays.copyOf(spares, old + count);
        first = Arrays.copyOf(first, old + count);
        for (int l = old; l < planes.length; l++) {
            planes[l] = new long[cap];
            spares[l] = new long[cap];
            first[l] = cap;
        }
    }

    /** The coalitions weighing less than the quota. */
    BigInteger losing() {
        return combine(l -> planes[l][cap - 1]);
    }

    /**
     * For each weight d, the coalitions of the others of a player of weight d that lose without
     * it and win with it: those weighing from q - d to q - 1. The others' counts are
     * P / (1 + x^d), so the window is an alternating sum of windows of P's prefix sums, O(q / d)
     * terms per plane; each plane goes through all weights while it is in cache.
     */
    BigInteger[] swings(long[] weights) {
        long[][] limbs = new long[weights.length][planes.length];
        IntStream.range(0, planes.length).parallel().forEach(l -> {
            for (int i = 0; i < weights.length; i++) {
                limbs[i][l] = SwingWindows.count(planes[l], cap, weights[i], 0);
            }
        });
        BigInteger[] swings = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            long[] limb = limbs[i];
            swings[i] = combine(l -> limb[l]);
        }
        return swings;
    }

    /** The integer whose (signed) limbs are {@code limb.applyAsLong(l)}. */
    private BigInteger combine(IntToLongFunction limb) {
        BigInteger sum = BigInteger.ZERO;
        for (int l = planes.length - 1; l >= 0; l--) {
            sum = sum.shiftLeft(bits).add(BigInteger.valueOf(limb.applyAsLong(l)));
        }
        return sum;
    }
}

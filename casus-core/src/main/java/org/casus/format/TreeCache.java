package org.casus.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.format.Node.ListNode;
import org.casus.format.Node.MapNode;
import org.casus.format.Node.ScalarNode;
import org.casus.format.Node.ScalarType;

/**
 * The parsed trees of files kept in a folder beside the bytes they were parsed from, so that a process
 * reading an unchanged file skips the YAML parser. Every command is a new process, and there the parser
 * runs cold: about 70 ms for {@code actors.yaml}, against under 10 ms to decode its tree from here
 * (docs/performance.md). An entry is used only when the file's bytes equal the bytes it was made from,
 * so it is a pure function of the file; a file that does not parse is never kept, and its errors come
 * from the parser as always. An entry that cannot be read or written is passed over.
 *
 * <p>The launcher names the folder in the system property {@value #PROPERTY}; without it nothing is
 * kept.
 */
public final class TreeCache {
    /** The system property naming the folder. */
    public static final String PROPERTY = "casus.treeCache";

    private static final int MAGIC = 0x43545245; // "CTRE"
    private static final int VERSION = 1;
    private static final ScalarType[] TYPES = ScalarType.values();

    private final Path folder;

    public TreeCache(Path folder) {
        this.folder = folder;
    }

    /** The cache the system property names, if it names one. */
    public static Optional<TreeCache> configured() {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(new TreeCache(Path.of(folder)));
    }

    /** The tree kept for {@code file} if it was made from exactly {@code bytes}, its locations naming {@code name}. */
    public Optional<Node> get(Path file, byte[] bytes, String name) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(entry(file))));
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != bytes.length) {
                return Optional.empty();
            }
            if (!Arrays.equals(in.readNBytes(bytes.length), bytes)) {
                return Optional.empty();
            }
            return Optional.of(read(in, name));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none kept (NoSuchFileException), or not one this version reads
        }
    }

    /** Keeps {@code tree} as the tree of {@code file} when it holds {@code bytes}. */
    public void put(Path file, byte[] bytes, Node tree) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length * 2);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(bytes.length);
            out.write(bytes);
            write(out, tree);
        } catch (IOException e) {
            return;
        }
        Path entry = entry(file);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, entry.getFileName().toString(), ".partial");
            Files.write(partial, buffer.toByteArray());
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only means the next process parses the file again.
        }
    }

    /** One entry per file, named by its name and a hash of its absolute path. */
    private Path entry(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.resolve(name + "-" + Integer.toHexString(absolute.toString().hashCode()) + ".tree");
    }

    private static void write(DataOutputStream out, Node node) throws IOException {
        switch (node) {
            case MapNode map -> {
                out.writeByte(TYPES.length);
                write(out, map.location());
                out.writeInt(map.entries().size());
                for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                    write(out, entry.getKey());
                    write(out, map.keyLocations().get(entry.getKey()));
                    write(out, entry.getValue());
                }
            }
            case ListNode list -> {
                out.writeByte(TYPES.length + 1);
                write(out, list.location());
                out.writeInt(list.items().size());
                for (Node item : list.items()) {
                    write(out, item);
                }
            }
            case ScalarNode scalar -> {
                out.writeByte(scalar.type().ordinal());
                write(out, scalar.location());
                write(out, scalar.text());
            }
        }
    }

    private static void write(DataOutputStream out, Location location) throws IOException {
        out.writeInt(location.line());
        out.writeInt(location.column());
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static Node read(DataInputStream in, String name) throws IOException {
        int tag = in.readUnsignedByte();
        Location location = location(in, name);
        if (tag < TYPES.length) {
            return new ScalarNode(location, text(in), TYPES[tag]);
        }
        int size = in.readInt();
        if (tag == TYPES.length) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                String key = text(in);
                keys.put(key, location(in, name));
                entries.put(key, read(in, name));
            }
            return new MapNode(location, entries, keys);
        }
        if (tag != TYPES.length + 1) {
            throw new IOException("not a node: " + tag);
        }
        List<Node> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(read(in, name));
        }
        return new ListNode(location, items);
    }

    private static Location location(DataInputStream in, String name) throws IOException {
        return new Location(name, in.readInt(), in.readInt());
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}

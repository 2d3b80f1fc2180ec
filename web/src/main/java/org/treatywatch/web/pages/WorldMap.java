package org.treatywatch.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's country shapes as SVG paths, already projected and simplified by
 * {@code scripts/map/build-map.mjs} from Natural Earth (public domain) and served from
 * {@code web/map/world.json}. Loaded once; immutable.
 *
 * @param width  the map's width in SVG user units (its viewBox)
 * @param height the map's height
 */
public record WorldMap(int width, int height, String source, List<Shape> shapes) {
    public static final String RESOURCE = "/web/map/world.json";

    /**
     * One state's outline.
     *
     * @param id   ISO 3166-1 alpha-3, or null for land that no state holds alone (Siachen Glacier)
     * @param name Natural Earth's short name, used when the state registry does not know {@code id}
     * @param d    the SVG path data
     * @param dotX where to draw a marker for a state too small to see, or NaN
     */
    public record Shape(String id, String name, String d, double dotX, double dotY) {
        public boolean hasDot() {
            return !Double.isNaN(dotX);
        }
    }

    public WorldMap {
        shapes = List.copyOf(shapes);
    }

    /** The map shipped with the app. */
    public static WorldMap load() {
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: run scripts/map/build-map.mjs");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Shape> shapes = new ArrayList<>();
            for (JsonNode s : root.get("shapes")) {
                JsonNode dot = s.get("dot");
                shapes.add(new Shape(
                        s.get("id").isNull() ? null : s.get("id").asText(),
                        s.get("name").asText(),
                        s.get("d").asText(),
                        dot == null ? Double.NaN : dot.get(0).asDouble(),
                        dot == null ? Double.NaN : dot.get(1).asDouble()));
            }
            return new WorldMap(root.get("width").asInt(), root.get("height").asInt(), root.get("source").asText(), shapes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

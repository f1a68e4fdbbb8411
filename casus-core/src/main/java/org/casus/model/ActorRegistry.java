package org.casus.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The actors Casus knows, by code ({@code library/actors.yaml}). */
public final class ActorRegistry {
    private final Map<String, Actor> byCode = new LinkedHashMap<>();

    public ActorRegistry(Collection<Actor> actors) {
        actors.forEach(actor -> byCode.put(actor.code(), actor));
    }

    public Optional<Actor> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Actor> all() {
        return byCode.values();
    }

    /** Whether {@code code} is a known placeholder (an elected Council seat, "any member"), not a state. */
    public boolean isPlaceholder(String code) {
        return find(code).map(a -> a.kind() == ActorKind.PLACEHOLDER).orElse(false);
    }

    /** The actor's name, or the code itself when it is unknown. */
    public String nameOf(String code) {
        return find(code).map(Actor::name).orElse(code);
    }
}

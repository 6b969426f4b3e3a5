package dev.cometsdk.generator;

import dev.cometsdk.spec.ServerVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One namespace of the generated code (the members of a class, the classes of a package, the
 * parameters of a method) in which names are handed out: first the names the generated code
 * itself needs, then the names spec elements ask for, collisions settled by {@link Precedence}.
 *
 * <p>Resolution is two passes, so that a name is never taken by another name's mangled form:
 * every claim whose wanted name is free and that ranks first among those wanting it gets it; then
 * the others, in rank order, get the wanted name with {@code _} appended until it is free.
 */
final class NameScope {
  /**
   * How strongly a claim holds on to its name, strongest first: the element that is older (by its
   * first server version) keeps its name, so that names added later never rename what existed;
   * then a name the element was given directly before one derived from it (the {@code Async}
   * form of a method, a boolean getter without its {@code Is}); then the element whose spec name
   * is already spelt as its Java name is; then the spec name's order.
   *
   * @param age the first server version known to have the element
   * @param derived 0 for the element's own name, higher for names derived from it
   * @param specName the element's name in the spec, for the last tie
   */
  record Precedence(ServerVersion age, int derived, boolean canonical, String specName) {
    static final Comparator<Precedence> ORDER = Comparator.comparing(Precedence::age)
        .thenComparingInt(Precedence::derived)
        .thenComparing(precedence -> !precedence.canonical())
        .thenComparing(Precedence::specName);
  }

  /** A spec element's wish for a name, and, after {@link #resolve}, the name it got. */
  static final class Claim {
    private final String wanted;
    private final Precedence precedence;
    private final String owner;
    private final BiConsumer<String, String> onResolved;
    private String name;

    private Claim(String wanted, Precedence precedence, String owner, BiConsumer<String, String> onResolved) {
      this.wanted = wanted;
      this.precedence = precedence;
      this.owner = owner;
      this.onResolved = onResolved;
    }

    String wanted() {
      return wanted;
    }

    String name() {
      if (name == null) {
        throw new IllegalStateException("scope not resolved yet");
      }
      return name;
    }
  }

  private final boolean caseInsensitive;
  /** Each name handed out or reserved, by key, with what holds it, as a warning names it. */
  private final Map<String, String> taken = new HashMap<>();
  private final List<Claim> claims = new ArrayList<>();

  /**
   * @param caseInsensitive whether names that differ only in case collide, as class names do:
   *     their files would overwrite each other on the file systems of Windows and macOS
   */
  NameScope(boolean caseInsensitive) {
    this.caseInsensitive = caseInsensitive;
  }

  /**
   * Takes names that the generated code itself uses; no claim gets them.
   *
   * @param holder what uses them, as a warning names it ({@code a method every client has})
   */
  NameScope reserve(String holder, Iterable<String> names) {
    names.forEach(name -> taken.putIfAbsent(key(name), holder));
    return this;
  }

  NameScope reserve(String holder, String... names) {
    return reserve(holder, List.of(names));
  }

  /**
   * Asks for {@code wanted}. After {@link #resolve}, {@code onResolved} hears the name given (also
   * when it is {@code wanted}) and, when it is not, what holds the wanted name; else null.
   *
   * @param owner the element asking, as a warning names it ({@code parameter 'Request'})
   */
  Claim claim(String wanted, Precedence precedence, String owner, BiConsumer<String, String> onResolved) {
    Claim claim = new Claim(wanted, precedence, owner, onResolved);
    claims.add(claim);
    return claim;
  }

  /** Hands out every claim's name; claims made afterwards wait for the next call. */
  void resolve() {
    List<Claim> open = new ArrayList<>();
    claims.stream().filter(claim -> claim.name == null).forEach(open::add);
    open.sort(Comparator.comparing(claim -> claim.precedence, Precedence.ORDER));
    List<Claim> losers = new ArrayList<>();
    Map<String, String> firstPass = new HashMap<>();
    for (Claim claim : open) {
      String key = key(claim.wanted);
      if (!taken.containsKey(key) && firstPass.putIfAbsent(key, claim.owner) == null) {
        claim.name = claim.wanted;
      } else {
        losers.add(claim);
      }
    }
    taken.putAll(firstPass);
    Map<Claim, String> holders = new HashMap<>();
    for (Claim claim : losers) {
      holders.put(claim, taken.get(key(claim.wanted)));
      String name = claim.wanted + "_";
      while (taken.containsKey(key(name))) {
        name += "_";
      }
      taken.put(key(name), claim.owner);
      claim.name = name;
    }
    for (Claim claim : open) {
      claim.onResolved.accept(claim.name, holders.get(claim));
    }
  }

  private String key(String name) {
    return caseInsensitive ? name.toLowerCase(Locale.ROOT) : name;
  }
}

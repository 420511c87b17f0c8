package it.ponte.api.plugin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plugin's share of a demo territory: invented records of its own, made when the core fills a
 * territory from its demo recipe ({@code tenants/<id>/demo.yaml}, only with {@code
 * ponte.demo.data=true} and only into an empty territory). Called once, after the core's people and
 * companies exist, in the same transaction of that tenant, for each plugin the territory enables.
 * The core's placements reach the plugin afterwards as {@code placement.recorded} events, as they
 * would in real use, so records the plugin makes here (a dote, a funded organisation, a loan) count
 * them.
 */
public interface DemoDataContributor extends Extension {

  void fill(DemoTerritory territory);

  /**
   * What the plugin may build on.
   *
   * @param seed the recipe's seed: the same seed gives the same data
   * @param today today in the territory's time zone
   * @param people every person the demo registered
   * @param organisations every company the demo registered, most placements first
   * @param recipe the plugin's section of the recipe ({@code plugins: {<id>: ...}}), empty if none
   */
  record DemoTerritory(
      long seed,
      LocalDate today,
      List<Person> people,
      List<Organisation> organisations,
      Map<String, Object> recipe) {

    public DemoTerritory {
      people = List.copyOf(people);
      organisations = List.copyOf(organisations);
      recipe = Map.copyOf(recipe);
    }

    /**
     * A demo person.
     *
     * @param status the core's status name (IN_PROTOCOL, PLACED...)
     * @param firstPlacedOn start of their first placement; null if never placed
     */
    public record Person(long id, LocalDate registeredOn, String status, LocalDate firstPlacedOn) {}

    /**
     * A demo company.
     *
     * @param placements placements recorded there
     * @param firstPlacementOn the start of the earliest; null if none
     */
    public record Organisation(
        long id, String name, String vatNumber, int placements, LocalDate firstPlacementOn) {}
  }
}

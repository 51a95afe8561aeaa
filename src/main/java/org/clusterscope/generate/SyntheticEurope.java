package org.clusterscope.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.clusterscope.generate.formats.CordisFiles;
import org.clusterscope.generate.formats.RegisterCsv;
import org.clusterscope.generate.formats.RegpatFiles;
import org.clusterscope.reference.NaceReference;

/**
 * Writes synthetic inputs for the 27 member states at any scale (issue 6): a register and a SIRENE
 * stock drawn from one establishment stream (France in SIRENE, the other countries in the register,
 * so no country is covered twice), REGPAT-like patents and CORDIS-like projects in the same
 * regions, and a config that runs them. Every file is streamed; memory holds only the model
 * (regions, classes, their cluster regions). Each part draws from its own seeded stream, so
 * the same seed gives byte-identical files, and leaving a format out does not change the others.
 */
public final class SyntheticEurope {
  private static final long MODEL_STREAM = 1;
  private static final long ESTABLISHMENT_STREAM = 2;
  private static final long SIRENE_STREAM = 3;
  private static final long PATENT_STREAM = 4;
  private static final long CORDIS_STREAM = 5;

  private final GenerateOptions options;
  private final Regions regions;
  private final Sectors sectors;

  private SyntheticEurope(GenerateOptions options) {
    this.options = options;
    Draws model = draws(MODEL_STREAM);
    this.regions = Regions.of(Country.EU27, model);
    this.sectors = Sectors.of(NaceReference.load(options.nace()), regions, model);
  }

  /** Writes every requested file and the config; returns one summary per file. */
  public static List<FileSummary> generate(GenerateOptions options) {
    return new SyntheticEurope(options).write();
  }

  private List<FileSummary> write() {
    List<FileSummary> written = new ArrayList<>();
    Path out = options.out();
    if (options.writes(OutputFormat.REGISTER_CSV) || options.writes(OutputFormat.SIRENE)) {
      written.addAll(establishments(out));
    }
    if (options.writes(OutputFormat.REGPAT)) {
      IpcCodes ipc = IpcCodes.load(options.reference("ipc_technology.csv"), options.reference("ipc_nace2.csv"));
      try (LineFile inventors = LineFile.create(out.resolve("regpat/inventors.txt"), RegpatFiles.INVENTORS_HEADER);
          LineFile codes = LineFile.create(out.resolve("regpat/ipc.txt"), RegpatFiles.IPC_HEADER)) {
        new PatentStream(regions, sectors, ipc, draws(PATENT_STREAM), options.year())
            .generate(options.inventors(), inventors, codes);
        inventors.close();
        codes.close();
        written.add(inventors.summary());
        written.add(codes.summary());
      }
    }
    if (options.writes(OutputFormat.CORDIS)) {
      try (LineFile organizations = LineFile.create(out.resolve("cordis/organization.csv"), CordisFiles.ORGANISATION_HEADER);
          LineFile projects = LineFile.create(out.resolve("cordis/project.csv"), CordisFiles.PROJECT_HEADER)) {
        new CordisStream(regions, draws(CORDIS_STREAM), options.year())
            .generate(options.participations(), organizations, projects);
        organizations.close();
        projects.close();
        written.add(organizations.summary());
        written.add(projects.summary());
      }
    }
    long records = written.stream().mapToLong(FileSummary::rows).sum();
    ConfigFile.write(options, records);
    return written;
  }

  /** One establishment stream, split by country between the register and the SIRENE stock. */
  private List<FileSummary> establishments(Path out) {
    boolean sirene = options.writes(OutputFormat.SIRENE);
    boolean register = options.writes(OutputFormat.REGISTER_CSV);
    FrenchCommunes communes = new FrenchCommunes(regions);
    List<FileSummary> written = new ArrayList<>();
    try (LineFile registerFile = register
            ? LineFile.create(out.resolve("register/register-" + options.year() + ".csv"), RegisterCsv.HEADER) : null;
        LineFile stock = sirene ? LineFile.create(out.resolve("sirene/StockEtablissement.csv"), SireneLines.header()) : null) {
      RegisterLines registerLines = new RegisterLines(regions, sectors, options.year());
      SireneLines sireneLines = new SireneLines(sectors, communes, draws(SIRENE_STREAM), options.year());
      Consumer<Establishment> sink = e -> {
        if (sirene && communes.isFrench(e.region())) {
          stock.line(sireneLines.line(e));
        } else if (register) {
          registerFile.line(registerLines.line(e));
        }
      };
      new EstablishmentStream(regions, sectors, draws(ESTABLISHMENT_STREAM)).generate(options.establishments(), sink);
      if (registerFile != null) {
        registerFile.close();
        written.add(registerFile.summary());
      }
      if (stock != null) {
        stock.close();
        written.add(stock.summary());
        written.add(communes.write(out.resolve("sirene/commune_nuts3.csv")));
      }
    }
    return written;
  }

  /** An independent random stream per part, derived from the seed. */
  private Draws draws(long stream) {
    return new Draws(options.seed() * 0x9E3779B97F4A7C15L + stream);
  }

  /** The model's regions, for tests and the README's statistics. */
  Regions regions() {
    return regions;
  }

  Sectors sectors() {
    return sectors;
  }

  /** The model alone (no files), e.g. to ask which classes are agglomerated. */
  static SyntheticEurope model(GenerateOptions options) {
    return new SyntheticEurope(options);
  }
}

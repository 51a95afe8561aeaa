package org.clusterscope.generate.samples;

import java.util.List;

/**
 * The technologies the sample's clusters patent and research in, with the sector families of the
 * register that carry them, their patenting intensity per employee (relative), and typical IPC
 * codes written as REGPAT does: subclass, main group right-aligned in four characters, {@code /},
 * subgroup ({@code A61K  31/00}, {@code C07D 401/04}).
 */
enum Technology {
  AUTOMOTIVE(SampleSectors.Family.AUTOMOTIVE, 1.0, List.of("B60W  10/06", "B60W  30/18", "B60L  53/14",
      "B60L  58/12", "B62D  15/02", "F02D  41/00", "F16H  61/00", "F16H  57/02", "B60K   6/20", "B60R  16/02",
      "H01M  10/44", "B60T   8/17")),
  MEDICAL_DEVICES(SampleSectors.Family.MEDTECH, 3.0, List.of("A61B  17/00", "A61B  17/32", "A61B   5/00",
      "A61B  34/30", "A61F   2/30", "A61F   2/44", "A61M   5/00", "A61M  25/00", "A61B  90/00", "A61N   1/36",
      "G16H  40/63")),
  PHARMA(SampleSectors.Family.PHARMA, 3.0, List.of("A61K  31/00", "A61K  31/4439", "A61K  39/395",
      "A61K   9/20", "A61P  35/00", "A61P   3/10", "C07D 401/04", "C07D 471/04", "C07K  16/28", "C12N  15/11")),
  ICT(SampleSectors.Family.ICT, 0.6, List.of("G06F  16/27", "G06F  21/62", "G06F   9/50", "G06N  20/00",
      "G06Q  10/08", "H04L   9/40", "H04L  67/12", "H04W   4/80", "H04W  72/04", "G06T   7/00")),
  ELECTRONICS(SampleSectors.Family.ELECTRONICS, 2.0, List.of("H01L  21/02", "H01L  29/78", "G01R  31/28",
      "G01D   5/00", "H03K  17/00", "G01N  21/00", "H05K   1/02", "G01N  33/487")),
  CHEMICALS(SampleSectors.Family.CHEMICALS, 1.5, List.of("C07C  51/00", "C08G  18/00", "C09D   5/00",
      "B01J  23/00", "C08L  75/00", "C07C  69/00")),
  MACHINERY(SampleSectors.Family.MACHINERY, 1.2, List.of("B23Q   1/00", "B25J   9/16", "F16C  19/00",
      "B21D  28/00", "G05B  19/418", "B23K  26/00")),
  FOOD(SampleSectors.Family.FOOD, 0.3, List.of("A23L   2/38", "A23L   2/52", "A23G   1/00", "A23G   3/34",
      "A23C   9/13", "A23L  33/105", "C12C  12/00", "A23B   4/00", "A21D  13/00"));

  final SampleSectors.Family family;
  /** Patent applications per employee, relative to automotive. */
  final double intensity;
  final List<String> ipcCodes;

  Technology(SampleSectors.Family family, double intensity, List<String> ipcCodes) {
    this.family = family;
    this.intensity = intensity;
    this.ipcCodes = ipcCodes;
  }

  /** The technology of a sector family, or null for families that hardly patent. */
  static Technology of(SampleSectors.Family family) {
    for (Technology technology : values()) {
      if (technology.family == family) {
        return technology;
      }
    }
    return null;
  }
}

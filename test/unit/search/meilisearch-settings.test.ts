import { createChineseTextAnalyzer } from "../../../src/search/chinese-text";
import { desiredSettings, settingsDiff } from "../../../src/search/meilisearch/meilisearch-settings";

describe("Meilisearch settings diff", () => {
  const desired = desiredSettings("enterprises", createChineseTextAnalyzer(), 512);

  it("is empty when the server echoes our settings with reordering and extra defaults", () => {
    const echoed = {
      ...desired,
      filterableAttributes: [...(desired.filterableAttributes as string[])].reverse(),
      dictionary: [...(desired.dictionary as string[])].reverse(),
      faceting: { ...desired.faceting, extra: 1 },
      embedders: { default: { source: "userProvided", dimensions: 512, distribution: null } },
      displayedAttributes: ["*"],
    };
    expect(settingsDiff(echoed as never, desired)).toEqual({});
  });

  it("lists only what differs, keeping order where Meilisearch ranks by it", () => {
    const current = { ...desired, searchableAttributes: ["aliases", "name"], embedders: { default: { source: "userProvided", dimensions: 384 } } };
    expect(Object.keys(settingsDiff(current as never, desired)).sort()).toEqual(["embedders", "searchableAttributes"]);
  });
});

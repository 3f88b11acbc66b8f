/** The county's seven industry groups (configurable in the IndustryGroup table) and their typical GB/T codes. */
export const DEFAULT_INDUSTRY_GROUPS = [
  { name: "新能源汽车", sortOrder: 1, industryCodes: ["361", "362", "366", "367", "384", "3842", "3841"] },
  { name: "装备制造", sortOrder: 2, industryCodes: ["34", "35", "38", "40"] },
  { name: "医药制造", sortOrder: 3, industryCodes: ["27", "0170", "2730", "2740", "5151"] },
  { name: "特色食品加工", sortOrder: 4, industryCodes: ["13", "14", "15"] },
  { name: "山地农机设备", sortOrder: 5, industryCodes: ["357", "3571", "3572", "3573", "3574", "3575", "3576", "3577", "3579"] },
  { name: "山地高效农业", sortOrder: 6, industryCodes: ["01", "02", "03", "05"] },
  { name: "文化旅游", sortOrder: 7, industryCodes: ["61", "62", "78", "86", "87", "88", "90"] },
] as const;

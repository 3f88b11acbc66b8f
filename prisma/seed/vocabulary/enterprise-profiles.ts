/*
 * Kinds of enterprises the demo data draws from. Each profile ties together what real records of that kind
 * look like: name words, product words (taken from how real product lists read), GB/T codes consistent
 * with those products, a Shenwan label, typical size and where such companies cluster. About 70% of the
 * weight sits on the county's seven industry groups and the rest is general industry, so matching sees both
 * signal and noise. `chainNode` points at the node of the default chain map the profile sits on; it is
 * ground truth for tests and evaluation, never written to the database.
 */

export const INDUSTRY_GROUP_NAMES = ["新能源汽车", "装备制造", "医药制造", "特色食品加工", "山地农机设备", "山地高效农业", "文化旅游"] as const;
export type IndustryGroupName = (typeof INDUSTRY_GROUP_NAMES)[number];

/** How the profile's companies are named and what their expansion news looks like. */
export type ProfileStyle = "manufacturing" | "agriculture" | "service";

/** Special naming forms; plain companies use "<城市><字号><行业词>有限公司". */
export type NameForm = "company" | "cooperative" | "pharmacy" | "travel-agency";

export interface EnterpriseProfile {
  key: string;
  group: IndustryGroupName | null;
  chainNode: string | null;
  weight: number;
  /** GB/T 4754-2017 codes; the first is the primary one. */
  codes: readonly string[];
  /** Industry words used in company names (行业词). */
  words: readonly string[];
  products: readonly string[];
  /** Tail of the 主营业务 sentence, after the product list. */
  tail: string;
  /** Shenwan 2021 path as data vendors print it (level1/level2/level3). */
  shenwan: string | null;
  /** Median registered capital (万元) of a small company of this kind. */
  capital: number;
  /** 2-digit province codes where the industry clusters (drawn from 60% of the time). */
  provinces: readonly string[];
  style: ProfileStyle;
  nameForm?: NameForm;
}

type ProfileInput = Omit<EnterpriseProfile, "codes" | "words" | "products" | "provinces"> & {
  codes: string;
  words: string;
  products: string;
  provinces?: string;
};

/** Lists are written as 、-separated (words) or space-separated (codes) strings to keep one profile per block. */
function profile(input: ProfileInput): EnterpriseProfile {
  const list = (s: string | undefined, sep: RegExp) => (s ?? "").split(sep).map((x) => x.trim()).filter(Boolean);
  return {
    ...input,
    codes: list(input.codes, /\s+/),
    words: list(input.words, /、/),
    products: list(input.products, /、/),
    provinces: list(input.provinces, /\s+/),
  };
}

const NEV = "新能源汽车" as const;
const EQUIP = "装备制造" as const;
const PHARMA = "医药制造" as const;
const FOOD = "特色食品加工" as const;
const AGMACH = "山地农机设备" as const;
const AGRI = "山地高效农业" as const;
const TOUR = "文化旅游" as const;

export const ENTERPRISE_PROFILES: readonly EnterpriseProfile[] = [
  // ── 新能源汽车 ──
  profile({ key: "nev-cathode", group: NEV, chainNode: "nev.cathode", weight: 1.1, codes: "3985 3213", words: "新能源材料、锂电材料、新材料科技、新能源科技", products: "三元正极材料、三元前驱体、磷酸铁锂、钴酸锂、锰酸锂、四氧化三钴、硫酸镍", tail: "的研发、生产和销售，产品供应国内主要动力电池企业", shenwan: "电力设备/电池/电池化学品", capital: 8000, provinces: "43 52 36 51 44 33", style: "manufacturing" }),
  profile({ key: "nev-anode", group: NEV, chainNode: "nev.anode", weight: 0.7, codes: "3985 3091", words: "碳材料、新材料、石墨科技、新能源材料", products: "人造石墨负极材料、天然石墨负极材料、硅碳负极材料、石墨化加工、针状焦", tail: "的研发、生产和销售", shenwan: "电力设备/电池/电池化学品", capital: 5000, provinces: "15 52 51 44 36", style: "manufacturing" }),
  profile({ key: "nev-electrolyte", group: NEV, chainNode: "nev.electrolyte", weight: 0.5, codes: "3985 2669", words: "新能源科技、电子材料、化学", products: "锂离子电池电解液、六氟磷酸锂、锂电添加剂、电解质锂盐", tail: "的研发、生产和销售", shenwan: "电力设备/电池/电池化学品", capital: 5000, provinces: "44 32 43 35", style: "manufacturing" }),
  profile({ key: "nev-separator", group: NEV, chainNode: "nev.separator", weight: 0.4, codes: "2921 3985", words: "膜科技、新材料、隔膜科技", products: "湿法隔膜、干法隔膜、涂覆隔膜、锂电池隔膜", tail: "的研发、生产和销售", shenwan: "基础化工/塑料/膜材料", capital: 6000, provinces: "44 32 34 41 50", style: "manufacturing" }),
  profile({ key: "nev-lithium", group: NEV, chainNode: "nev.lithium", weight: 0.35, codes: "2613 3239 0939", words: "锂业、锂盐、矿业", products: "电池级碳酸锂、氢氧化锂、锂精矿、金属锂", tail: "的开采、加工和销售", shenwan: "有色金属/能源金属/锂", capital: 10000, provinces: "36 51 63 65", style: "manufacturing" }),
  profile({ key: "nev-battery", group: NEV, chainNode: "nev.power-battery", weight: 1.5, codes: "3841 3849", words: "新能源、电池、动力电池、储能科技", products: "动力电池、储能电池、磷酸铁锂电池、电池模组、电池包、电池管理系统", tail: "的研发、生产和销售，为新能源汽车和储能电站提供电池系统", shenwan: "电力设备/电池/锂电池", capital: 10000, provinces: "44 32 35 33 34 51", style: "manufacturing" }),
  profile({ key: "nev-battery-parts", group: NEV, chainNode: "nev.battery-parts", weight: 0.6, codes: "3399 3392", words: "精密、新能源科技、金属制品、精密制造", products: "锂电池结构件、铝盖板、电池壳体、连接片、汽车结构件", tail: "的研发、生产和销售", shenwan: "电力设备/电池/锂电池", capital: 3000, provinces: "44 32 33", style: "manufacturing" }),
  profile({ key: "nev-motor", group: NEV, chainNode: "nev.drive-motor", weight: 1, codes: "3812 3670", words: "电机、电驱动、电气、机电", products: "新能源汽车驱动电机、永磁同步电机、三合一电驱动总成、减速器、电机定转子", tail: "的研发、制造和销售，产品配套国内主流整车企业", shenwan: "电力设备/电机Ⅱ/电机Ⅲ", capital: 5000, provinces: "33 32 31 50 43 44", style: "manufacturing" }),
  profile({ key: "nev-controller", group: NEV, chainNode: "nev.motor-controller", weight: 0.7, codes: "3824 3670", words: "电子、电控、电力电子、半导体", products: "电机控制器、车载充电机、DC-DC变换器、IGBT功率模块、电控系统", tail: "的研发、生产和销售", shenwan: "汽车/汽车零部件/汽车电子电气系统", capital: 5000, provinces: "44 32 31 33", style: "manufacturing" }),
  profile({ key: "nev-electronics", group: NEV, chainNode: "nev.auto-electronics", weight: 1.2, codes: "3670 3962", words: "汽车电子、电子科技、智能科技", products: "车载信息系统、智能座舱、汽车传感器、组合仪表、毫米波雷达、汽车线束、车载摄像头", tail: "的研发、生产和销售", shenwan: "汽车/汽车零部件/汽车电子电气系统", capital: 2000, provinces: "44 32 33 31 50 42", style: "manufacturing" }),
  profile({ key: "nev-chassis", group: NEV, chainNode: "nev.chassis-body", weight: 2.8, codes: "3670", words: "汽车零部件、汽车部件、汽车配件、机械", products: "盘式制动器、鼓式制动器、转向节、轮毂单元、悬架系统、减速器、冲压件、铝合金压铸件、汽车内饰件、座椅、汽车零部件", tail: "的生产和销售，为整车企业提供配套", shenwan: "汽车/汽车零部件/底盘与发动机系统", capital: 1500, provinces: "33 32 50 42 22 44 37 34", style: "manufacturing" }),
  profile({ key: "nev-body", group: NEV, chainNode: "nev.chassis-body", weight: 0.8, codes: "3670 3660", words: "汽车饰件、汽车部件、模具", products: "汽车内饰件、汽车保险杠、车身零部件、汽车座椅、模具", tail: "的设计、生产和销售", shenwan: "汽车/汽车零部件/车身附件及饰件", capital: 1500, provinces: "33 32 50 42 44", style: "manufacturing" }),
  profile({ key: "nev-thermal", group: NEV, chainNode: "nev.thermal", weight: 0.5, codes: "3670 3464", words: "热管理、汽车空调、换热科技", products: "电动压缩机、热泵空调系统、液冷板、电子水泵、换热器", tail: "的研发、生产和销售", shenwan: "汽车/汽车零部件/其他汽车零部件", capital: 3000, provinces: "33 32 41 50", style: "manufacturing" }),
  profile({ key: "nev-charging", group: NEV, chainNode: "nev.charging-equipment", weight: 0.7, codes: "3829 3824", words: "充电科技、新能源、电气", products: "直流充电桩、交流充电桩、充电模块、换电柜", tail: "的研发、生产、销售及安装服务", shenwan: "电力设备/电网设备/配电设备", capital: 2000, provinces: "44 32 33 11 31 51", style: "manufacturing" }),
  profile({ key: "nev-vehicle", group: NEV, chainNode: "nev.vehicle", weight: 0.25, codes: "3612 3611", words: "汽车、新能源汽车、汽车制造", products: "纯电动乘用车、插电式混合动力汽车、纯电动物流车、新能源商用车", tail: "的研发、生产和销售", shenwan: "汽车/乘用车/电动乘用车", capital: 60000, provinces: "50 44 33 34 42 31 22", style: "manufacturing" }),
  profile({ key: "nev-special-vehicle", group: NEV, chainNode: "nev.special-vehicle", weight: 0.6, codes: "3630 3640 3612", words: "专用汽车、专用车、汽车制造", products: "冷藏车、环卫车、电动物流车、电动三轮车、低速电动车、专用车底盘改装", tail: "的生产和销售", shenwan: "汽车/摩托车及其他/其他运输设备", capital: 3000, provinces: "42 37 41 32 50", style: "manufacturing" }),
  profile({ key: "nev-recycling", group: NEV, chainNode: "nev.recycling", weight: 0.45, codes: "4210 4220", words: "再生资源、资源循环、环保科技", products: "废旧动力电池回收、梯次利用储能产品、镍钴锂回收、报废汽车拆解", tail: "，开展资源综合利用", shenwan: "环保/环境治理/固废治理", capital: 3000, provinces: "43 44 36 42 52", style: "manufacturing" }),
  profile({ key: "nev-dealer", group: NEV, chainNode: "nev.aftermarket", weight: 0.6, codes: "5261 8111", words: "汽车销售服务、汽车服务、汽贸", products: "新能源汽车销售、汽车维修保养、二手车经纪、汽车零配件销售", tail: "", shenwan: "汽车/汽车服务/汽车经销商", capital: 500, provinces: "52 50 51", style: "service" }),
  profile({ key: "nev-charging-op", group: NEV, chainNode: "nev.charging-operation", weight: 0.3, codes: "5267 4420", words: "充电运营、新能源、能源科技", products: "充电站运营、充换电服务、光储充一体化电站", tail: "的投资建设和运营", shenwan: "公用事业/电力/电能综合服务", capital: 2000, provinces: "44 32 11 51 52", style: "service" }),

  // ── 装备制造 ──
  profile({ key: "equip-castings", group: EQUIP, chainNode: "equip.castings", weight: 1.4, codes: "3391 3392 3393", words: "铸造、精密铸造、铸锻、机械", products: "灰铁铸件、球墨铸铁件、铝合金压铸件、精密铸件、锻件", tail: "的生产和销售", shenwan: "机械设备/通用设备/其他通用设备", capital: 1500, provinces: "13 37 32 33 41 50", style: "manufacturing" }),
  profile({ key: "equip-parts", group: EQUIP, chainNode: "equip.basic-parts", weight: 1.9, codes: "3484 3453 3451", words: "机械、精密机械、机械制造、传动", products: "齿轮、轴承、减速机、机械零部件、紧固件、链条、联轴器", tail: "的生产和销售", shenwan: "机械设备/通用设备/其他通用设备", capital: 1000, provinces: "33 32 37 41 50", style: "manufacturing" }),
  profile({ key: "equip-hydraulics", group: EQUIP, chainNode: "equip.hydraulics", weight: 0.5, codes: "3444", words: "液压、液压机械、流体科技", products: "液压油缸、液压泵、多路阀、液压系统、液压件", tail: "的研发、生产和销售", shenwan: "机械设备/工程机械/工程机械器件", capital: 2000, provinces: "32 33 37", style: "manufacturing" }),
  profile({ key: "equip-machine-tools", group: EQUIP, chainNode: "equip.machine-tools", weight: 0.8, codes: "3421 3425", words: "机床、数控机床、数控科技", products: "数控机床、立式加工中心、数控车床、刀具、机床附件", tail: "的研发、生产和销售", shenwan: "机械设备/通用设备/机床工具", capital: 3000, provinces: "37 32 33 21 44", style: "manufacturing" }),
  profile({ key: "equip-general", group: EQUIP, chainNode: "equip.general-machinery", weight: 1.1, codes: "3441 3443 3462", words: "泵业、阀门、流体设备、机械设备", products: "离心泵、阀门、压缩机、风机、真空泵", tail: "的生产和销售", shenwan: "机械设备/通用设备/其他通用设备", capital: 1500, provinces: "33 32 31 43", style: "manufacturing" }),
  profile({ key: "equip-construction", group: EQUIP, chainNode: "equip.construction-machinery", weight: 0.7, codes: "3514 3511", words: "重工、工程机械、机械", products: "挖掘机、装载机、起重机、混凝土机械、凿岩机械、小型工程机械", tail: "的研发、生产、销售和租赁", shenwan: "机械设备/工程机械/工程机械整机", capital: 5000, provinces: "43 32 37 45 35", style: "manufacturing" }),
  profile({ key: "equip-structures", group: EQUIP, chainNode: "equip.structures", weight: 1.1, codes: "3311", words: "钢结构、金属结构、建设科技", products: "钢结构件、钢结构厂房、网架、彩钢板、装配式建筑构件", tail: "的设计、制作和安装", shenwan: "建筑装饰/专业工程/钢结构", capital: 2000, provinces: "52 50 51 33 32", style: "manufacturing" }),
  profile({ key: "equip-robotics", group: EQUIP, chainNode: "equip.robotics", weight: 0.9, codes: "3491 3499", words: "机器人、智能装备、自动化", products: "工业机器人、自动化生产线、机械手、智能仓储设备、视觉检测设备", tail: "的研发、生产和系统集成", shenwan: "机械设备/自动化设备/机器人", capital: 2000, provinces: "44 32 31 33 34", style: "manufacturing" }),
  profile({ key: "equip-electrical", group: EQUIP, chainNode: "equip.electrical", weight: 1.1, codes: "3821 3823", words: "电气、输配电、电力设备", products: "变压器、开关柜、箱式变电站、配电设备、电缆分支箱", tail: "的研发、生产和销售", shenwan: "电力设备/电网设备/输变电设备", capital: 2000, provinces: "32 33 41 37 51", style: "manufacturing" }),
  profile({ key: "equip-cables", group: EQUIP, chainNode: "equip.electrical", weight: 0.5, codes: "3831", words: "电线电缆、线缆", products: "电力电缆、控制电缆、电线、特种电缆", tail: "的生产和销售", shenwan: "电力设备/电网设备/线缆部件及其他", capital: 3000, provinces: "32 33 44 51", style: "manufacturing" }),
  profile({ key: "equip-special", group: EQUIP, chainNode: "equip.special", weight: 0.9, codes: "3531 3591 3544", words: "机械、环保设备、装备", products: "食品机械、污水处理设备、除尘设备、制药设备、包装机械", tail: "的设计、生产和销售", shenwan: "机械设备/专用设备/其他专用设备", capital: 1000, provinces: "37 32 33 43", style: "manufacturing" }),
  profile({ key: "equip-mining", group: EQUIP, chainNode: "equip.construction-machinery", weight: 0.4, codes: "3511", words: "矿山机械、重型机械", products: "破碎机、球磨机、矿山提升设备、筛分设备", tail: "的生产和销售", shenwan: "机械设备/专用设备/能源及重型设备", capital: 3000, provinces: "41 37 21", style: "manufacturing" }),
  profile({ key: "equip-repair", group: EQUIP, chainNode: "equip.repair", weight: 0.35, codes: "4330 4320", words: "机电工程、设备维修、技术服务", products: "设备维修、工程机械再制造、备件销售、设备安装", tail: "", shenwan: null, capital: 300, provinces: "52 50 51", style: "service" }),

  // ── 医药制造 ──
  profile({ key: "pharma-herbs", group: PHARMA, chainNode: "pharma.herb-planting", weight: 1.4, codes: "0171 0179", words: "中药材、药业、生态农业、农业开发", products: "天麻、杜仲、黄精、白及、太子参、吴茱萸、金银花、半夏、中药材种苗", tail: "的种植、初加工和销售", shenwan: "医药生物/中药Ⅱ/中药Ⅲ", capital: 500, provinces: "52 53 51 62 42 22", style: "agriculture" }),
  profile({ key: "pharma-decoction", group: PHARMA, chainNode: "pharma.decoction", weight: 1.4, codes: "2730", words: "药业、中药饮片、制药", products: "中药饮片、中药配方颗粒、毒性饮片、直接口服饮片、中药材初加工", tail: "的生产和销售", shenwan: "医药生物/中药Ⅱ/中药Ⅲ", capital: 2000, provinces: "34 51 52 44 13", style: "manufacturing" }),
  profile({ key: "pharma-tcm", group: PHARMA, chainNode: "pharma.tcm-patent", weight: 1.9, codes: "2740", words: "药业、制药、医药", products: "中成药、颗粒剂、胶囊剂、片剂、口服液、贴膏剂、丸剂、中药注射剂", tail: "的研发、生产和销售", shenwan: "医药生物/中药Ⅱ/中药Ⅲ", capital: 5000, provinces: "52 22 36 51 45 53 44", style: "manufacturing" }),
  profile({ key: "pharma-chemical", group: PHARMA, chainNode: "pharma.chemical", weight: 1.1, codes: "2720 2710", words: "制药、药业、医药科技", products: "化学制剂、原料药、注射剂、固体制剂、医药中间体", tail: "的研发、生产和销售", shenwan: "医药生物/化学制药/化学制剂", capital: 5000, provinces: "33 32 37 13 31", style: "manufacturing" }),
  profile({ key: "pharma-bio", group: PHARMA, chainNode: "pharma.biologics", weight: 0.45, codes: "2761 2762", words: "生物、生物制药、生物科技", products: "疫苗、血液制品、诊断试剂、重组蛋白药物", tail: "的研发、生产和销售", shenwan: "医药生物/生物制品/其他生物制品", capital: 8000, provinces: "11 31 32 44", style: "manufacturing" }),
  profile({ key: "pharma-health-food", group: PHARMA, chainNode: "pharma.health-food", weight: 0.9, codes: "1492 1491", words: "生物科技、健康产业、大健康", products: "保健食品、药食同源产品、植物提取物、营养补充剂、固体饮料", tail: "的研发、生产和销售", shenwan: "食品饮料/食品加工/保健品", capital: 1000, provinces: "44 33 52 37", style: "manufacturing" }),
  profile({ key: "pharma-distribution", group: PHARMA, chainNode: "pharma.distribution", weight: 1.4, codes: "5151 5152 5154", words: "医药、医药物流、医药贸易", products: "药品批发、中药材销售、中药饮片销售、医疗器械销售、医药冷链配送", tail: "", shenwan: "医药生物/医药商业/医药流通", capital: 1000, provinces: "52 50 51 43 44", style: "service" }),
  profile({ key: "pharma-retail", group: PHARMA, chainNode: "pharma.retail", weight: 0.5, codes: "5251 5252", words: "大药房", products: "药品零售、中药饮片零售、保健品零售、医疗器械零售", tail: "", shenwan: "医药生物/医药商业/线下药店", capital: 500, provinces: "52 50 51", style: "service", nameForm: "pharmacy" }),
  profile({ key: "pharma-devices", group: PHARMA, chainNode: "pharma.medical-supplies", weight: 0.9, codes: "2770 3584", words: "医疗器械、医疗科技、医用材料", products: "医用敷料、一次性注射器、医用耗材、康复器械、医用口罩", tail: "的研发、生产和销售", shenwan: "医药生物/医疗器械/医疗耗材", capital: 1500, provinces: "32 44 33 41 37", style: "manufacturing" }),
  profile({ key: "pharma-excipients", group: PHARMA, chainNode: "pharma.excipients", weight: 0.35, codes: "2780", words: "药用辅料、药用包装、包装材料", products: "药用胶囊、药用玻璃瓶、药用铝箔、药用辅料", tail: "的生产和销售", shenwan: "医药生物/化学制药/原料药", capital: 2000, provinces: "33 37", style: "manufacturing" }),
  profile({ key: "pharma-vet", group: PHARMA, chainNode: "pharma.vet", weight: 0.3, codes: "2750", words: "动物药业、兽药、动物保健", products: "兽用化学药品、兽用中药制剂、兽用疫苗", tail: "的研发、生产和销售", shenwan: "农林牧渔/动物保健Ⅱ/动物保健Ⅲ", capital: 1500, provinces: "41 37 51", style: "manufacturing" }),

  // ── 特色食品加工 ──
  profile({ key: "food-chili", group: FOOD, chainNode: "food.chili-seasoning", weight: 1.7, codes: "1469 1371", words: "食品、调味食品、辣椒制品", products: "油辣椒、糍粑辣椒、辣椒酱、火锅底料、干辣椒、辣椒面、复合调味料", tail: "的生产和销售", shenwan: "食品饮料/调味发酵品Ⅱ/调味发酵品Ⅲ", capital: 800, provinces: "52 51 50 43 41", style: "manufacturing" }),
  profile({ key: "food-tea", group: FOOD, chainNode: "food.tea", weight: 1.4, codes: "1530 0164", words: "茶业、茶叶、茶业科技", products: "绿茶、白茶、红茶、抹茶、茶饮料原料、茶叶", tail: "的种植、加工和销售", shenwan: null, capital: 500, provinces: "52 33 35 53 43 51", style: "manufacturing" }),
  profile({ key: "food-baijiu", group: FOOD, chainNode: "food.baijiu", weight: 1.4, codes: "1512", words: "酒业、酿酒、酒业集团", products: "酱香型白酒、浓香型白酒、基酒、定制酒、系列酒", tail: "的酿造和销售", shenwan: "食品饮料/白酒Ⅱ/白酒Ⅲ", capital: 1000, provinces: "52 51 37 34", style: "manufacturing" }),
  profile({ key: "food-fruit-wine", group: FOOD, chainNode: "food.other-liquor", weight: 0.35, codes: "1519", words: "酒业、果酒、生物科技", products: "刺梨果酒、蓝莓酒、米酒、配制酒", tail: "的生产和销售", shenwan: "食品饮料/非白酒/其他酒类", capital: 500, provinces: "52 51 53", style: "manufacturing" }),
  profile({ key: "food-fungi", group: FOOD, chainNode: "food.fungi-vegetables", weight: 0.7, codes: "1372", words: "食品、菌业、农产品", products: "香菇干品、木耳、菌菇酱、即食菌菇、羊肚菌", tail: "的加工和销售", shenwan: "农林牧渔/农产品加工/果蔬加工", capital: 500, provinces: "35 33 52 41 42", style: "manufacturing" }),
  profile({ key: "food-vegetables", group: FOOD, chainNode: "food.fungi-vegetables", weight: 0.7, codes: "1371 1373", words: "食品、果蔬、农产品开发", products: "脱水蔬菜、方竹笋、竹笋罐头、魔芋制品、果干", tail: "的加工和销售", shenwan: "农林牧渔/农产品加工/果蔬加工", capital: 500, provinces: "52 51 50 42 45", style: "manufacturing" }),
  profile({ key: "food-meat", group: FOOD, chainNode: "food.meat", weight: 1.1, codes: "1353 1351", words: "食品、肉类食品、肉业", products: "腊肉、香肠、冷鲜肉、低温肉制品、牛肉干、生猪屠宰", tail: "的生产和销售", shenwan: "食品饮料/食品加工/肉制品", capital: 1000, provinces: "51 50 43 52 41 37", style: "manufacturing" }),
  profile({ key: "food-snacks", group: FOOD, chainNode: "food.snacks", weight: 0.9, codes: "1439 1419 1431", words: "食品、休闲食品", products: "米粉、休闲零食、坚果炒货、糕点、速冻面米制品", tail: "的生产和销售", shenwan: "食品饮料/休闲食品/零食", capital: 800, provinces: "43 35 44 41 34", style: "manufacturing" }),
  profile({ key: "food-prepared", group: FOOD, chainNode: "food.prepared-dishes", weight: 0.6, codes: "1439 1432", words: "食品、预制菜、中央厨房", products: "预制菜、半成品菜、酸汤鱼调料、速冻菜肴、中央厨房配送", tail: "的生产和销售", shenwan: "食品饮料/食品加工/预加工食品", capital: 1000, provinces: "44 37 51 52", style: "manufacturing" }),
  profile({ key: "food-beverage", group: FOOD, chainNode: "food.beverages", weight: 0.6, codes: "1523 1522", words: "饮品、饮料、食品", products: "刺梨汁、饮用天然水、果汁饮料、植物蛋白饮料", tail: "的生产和销售", shenwan: "食品饮料/饮料乳品/软饮料", capital: 1000, provinces: "52 44 33", style: "manufacturing" }),
  profile({ key: "food-packaging", group: FOOD, chainNode: "food.packaging", weight: 0.6, codes: "3055 2231", words: "包装、玻璃制品、包装材料", products: "酒瓶、玻璃瓶、纸箱、礼盒包装、陶瓷酒瓶", tail: "的生产和销售", shenwan: "轻工制造/包装印刷/综合包装", capital: 1500, provinces: "51 52 37 43", style: "manufacturing" }),
  profile({ key: "food-machinery", group: FOOD, chainNode: "food.machinery", weight: 0.35, codes: "3531 3532", words: "食品机械、机械、酿酒设备", products: "酿酒设备、灌装生产线、制茶机械、调味品生产设备", tail: "的研发、生产和销售", shenwan: "机械设备/专用设备/其他专用设备", capital: 1000, provinces: "37 33 51 43", style: "manufacturing" }),
  profile({ key: "food-cold-chain", group: FOOD, chainNode: "food.cold-chain", weight: 0.45, codes: "5930 5432", words: "冷链物流、供应链、物流", products: "冷库仓储、冷链运输、城市配送", tail: "服务", shenwan: "交通运输/物流/仓储物流", capital: 1000, provinces: "52 50 51 44", style: "service" }),
  profile({ key: "food-trade", group: FOOD, chainNode: "food.trade", weight: 0.55, codes: "5127 5129 5292", words: "商贸、食品贸易、电子商务", products: "白酒销售、食品批发、茶叶销售、农特产品电商", tail: "", shenwan: null, capital: 300, provinces: "52 50 51", style: "service" }),

  // ── 山地农机设备 ──
  profile({ key: "agmach-tiller", group: AGMACH, chainNode: "agmach.micro-tiller", weight: 1.2, codes: "3572 3576", words: "农业机械、农机、机械", products: "微耕机、田园管理机、旋耕机、开沟机、小型耕整机", tail: "的研发、生产和销售，适用于丘陵山区作业", shenwan: "机械设备/专用设备/农用机械", capital: 1000, provinces: "50 37 33 32 51 43", style: "manufacturing" }),
  profile({ key: "agmach-tractor", group: AGMACH, chainNode: "agmach.tractor", weight: 0.55, codes: "3571", words: "拖拉机、农业装备、农机", products: "丘陵山地拖拉机、履带拖拉机、轮式拖拉机、小轮拖", tail: "的研发、生产和销售", shenwan: "机械设备/专用设备/农用机械", capital: 5000, provinces: "37 41 32", style: "manufacturing" }),
  profile({ key: "agmach-harvest", group: AGMACH, chainNode: "agmach.planting-harvest", weight: 0.7, codes: "3572", words: "农业装备、农机、智能农机", products: "小型联合收割机、插秧机、移栽机、采茶机、播种机", tail: "的研发、生产和销售", shenwan: "机械设备/专用设备/农用机械", capital: 2000, provinces: "32 37 33 43 41", style: "manufacturing" }),
  profile({ key: "agmach-uav", group: AGMACH, chainNode: "agmach.plant-protection", weight: 0.45, codes: "3572 3963", words: "植保科技、智能科技、航空科技", products: "植保无人机、喷雾机、弥雾机、飞防服务", tail: "的研发、生产和服务", shenwan: "机械设备/专用设备/农用机械", capital: 1000, provinces: "44 32 37", style: "manufacturing" }),
  profile({ key: "agmach-garden", group: AGMACH, chainNode: "agmach.orchard-garden", weight: 0.55, codes: "3572 3573", words: "园林机械、动力机械、园林工具", products: "割灌机、油锯、绿篱修剪机、割草机、果园作业平台", tail: "的研发、生产和销售", shenwan: "机械设备/专用设备/其他专用设备", capital: 1000, provinces: "33 50 32", style: "manufacturing" }),
  profile({ key: "agmach-engines", group: AGMACH, chainNode: "agmach.engines", weight: 0.45, codes: "3412", words: "动力机械、通用动力、机电", products: "小型汽油机、柴油机、通用动力机械、发电机组", tail: "的研发、生产和销售", shenwan: "汽车/汽车零部件/底盘与发动机系统", capital: 2000, provinces: "50 32 33 37", style: "manufacturing" }),
  profile({ key: "agmach-post-harvest", group: AGMACH, chainNode: "agmach.post-harvest", weight: 0.55, codes: "3579 3532", words: "机械、农机、烘干设备", products: "茶叶杀青机、揉捻机、粮食烘干机、辣椒烘干设备、脱粒机", tail: "的研发、生产和销售", shenwan: "机械设备/专用设备/农用机械", capital: 800, provinces: "33 43 51 52 35", style: "manufacturing" }),
  profile({ key: "agmach-transport", group: AGMACH, chainNode: "agmach.transport", weight: 0.3, codes: "3579", words: "农业装备、机械", products: "山地轨道运输机、单轨运输车、履带运输车", tail: "的研发、生产和销售", shenwan: "机械设备/专用设备/农用机械", capital: 800, provinces: "50 51 45", style: "manufacturing" }),
  profile({ key: "agmach-parts", group: AGMACH, chainNode: "agmach.parts", weight: 0.45, codes: "3576 3453", words: "农机配件、机械配件", products: "旋耕刀、农机齿轮箱、提升器总成、农机配件", tail: "的生产和销售", shenwan: "机械设备/专用设备/农用机械", capital: 500, provinces: "37 13 32", style: "manufacturing" }),
  profile({ key: "agmach-dealer", group: AGMACH, chainNode: "agmach.dealers", weight: 0.55, codes: "5171", words: "农机、农机销售、农业科技", products: "农业机械销售、农机维修、农机配件销售", tail: "", shenwan: "商贸零售/专业连锁Ⅱ/专业连锁Ⅲ", capital: 200, provinces: "52 50 51", style: "service" }),
  profile({ key: "agmach-coop", group: AGMACH, chainNode: "agmach.services", weight: 0.35, codes: "0512 0519", words: "农机", products: "农机作业服务、代耕代种、植保服务、农机租赁", tail: "", shenwan: null, capital: 100, provinces: "52 50 51", style: "agriculture", nameForm: "cooperative" }),

  // ── 山地高效农业 ──
  profile({ key: "agri-tea", group: AGRI, chainNode: "agri.tea", weight: 0.8, codes: "0164", words: "茶业、生态农业、农业开发", products: "茶叶种植、有机茶园、茶苗培育、白茶", tail: "", shenwan: "农林牧渔/种植业/其他种植业", capital: 300, provinces: "52 33 35 53 51", style: "agriculture" }),
  profile({ key: "agri-chili", group: AGRI, chainNode: "agri.chili-vegetables", weight: 0.6, codes: "0141", words: "农业、农业开发、辣椒产业", products: "辣椒种植、辣椒育苗、高山蔬菜、方竹笋", tail: "", shenwan: "农林牧渔/种植业/其他种植业", capital: 300, provinces: "52 51 41 43", style: "agriculture" }),
  profile({ key: "agri-fungi", group: AGRI, chainNode: "agri.fungi", weight: 0.65, codes: "0142", words: "菌业、农业科技、生物科技", products: "食用菌种植、香菇菌棒、羊肚菌、木耳、金针菇", tail: "", shenwan: "农林牧渔/种植业/食用菌", capital: 500, provinces: "35 33 41 52 42", style: "agriculture" }),
  profile({ key: "agri-fruit", group: AGRI, chainNode: "agri.fruits", weight: 0.65, codes: "0159 0151 0161", words: "农业、果业、生态农业", products: "猕猴桃、刺梨、蓝莓、李子、核桃", tail: "", shenwan: "农林牧渔/种植业/其他种植业", capital: 300, provinces: "52 61 51 53", style: "agriculture" }),
  profile({ key: "agri-livestock", group: AGRI, chainNode: "agri.livestock", weight: 0.85, codes: "0313 0311 0321", words: "牧业、养殖、畜牧", products: "生猪养殖、种猪、商品猪、肉牛养殖、生态鸡", tail: "", shenwan: "农林牧渔/养殖业/生猪养殖", capital: 1000, provinces: "51 41 43 52 44 37", style: "agriculture" }),
  profile({ key: "agri-seeds", group: AGRI, chainNode: "agri.seeds", weight: 0.35, codes: "0511", words: "种业、种苗、农业科技", products: "辣椒种子、蔬菜瓜果种子、杂交水稻种子、茶苗", tail: "的选育、生产和销售", shenwan: "农林牧渔/种植业/种子", capital: 1000, provinces: "43 51 11 34 41", style: "agriculture" }),
  profile({ key: "agri-fertilizer", group: AGRI, chainNode: "agri.inputs", weight: 0.55, codes: "2625 2624", words: "生物科技、肥业、农业科技", products: "生物有机肥、微生物菌剂、水溶肥、复合肥", tail: "的研发、生产和销售", shenwan: "基础化工/农化制品/复合肥", capital: 1000, provinces: "37 41 51 52", style: "manufacturing" }),
  profile({ key: "agri-tech", group: AGRI, chainNode: "agri.tech", weight: 0.35, codes: "7511 7330", words: "农业科技、智慧农业", products: "农业技术服务、智慧农业系统、水肥一体化方案、农技推广", tail: "", shenwan: null, capital: 500, provinces: "11 32 33 52", style: "service" }),
  profile({ key: "agri-fishery", group: AGRI, chainNode: "agri.aquaculture", weight: 0.2, codes: "0412", words: "渔业、水产、生态农业", products: "冷水鱼养殖、鲟鱼、稻田养鱼", tail: "", shenwan: "农林牧渔/渔业/水产养殖", capital: 300, provinces: "52 51 53", style: "agriculture" }),
  profile({ key: "agri-market", group: AGRI, chainNode: "agri.market", weight: 0.45, codes: "5123 5292", words: "农产品、农业发展、供应链管理", products: "蔬菜批发、果品批发、农产品电商、订单农业", tail: "", shenwan: "商贸零售/贸易Ⅱ/贸易Ⅲ", capital: 500, provinces: "52 50 51 44", style: "service" }),
  profile({ key: "agri-coop", group: AGRI, chainNode: "agri.chili-vegetables", weight: 0.3, codes: "0141 0164", words: "种植", products: "辣椒种植、茶叶种植、蔬菜种植", tail: "", shenwan: null, capital: 100, provinces: "52", style: "agriculture", nameForm: "cooperative" }),

  // ── 文化旅游 ──
  profile({ key: "tour-scenic", group: TOUR, chainNode: "tour.scenic", weight: 1.1, codes: "7861 7869", words: "文化旅游发展、旅游开发、景区管理、文旅", products: "景区运营、景区门票、索道运营、游船、旅游基础设施建设", tail: "", shenwan: "社会服务/旅游及景区/自然景区", capital: 5000, provinces: "43 53 51 52 33 34", style: "service" }),
  profile({ key: "tour-hotel", group: TOUR, chainNode: "tour.hotel", weight: 0.9, codes: "6110", words: "酒店管理、酒店、度假酒店", products: "酒店经营、度假酒店、会议接待、餐饮服务、酒店品牌输出", tail: "", shenwan: "社会服务/酒店餐饮/酒店", capital: 2000, provinces: "44 31 11 33 46 53", style: "service" }),
  profile({ key: "tour-homestay", group: TOUR, chainNode: "tour.homestay-camping", weight: 0.55, codes: "6130 6140", words: "民宿、乡村旅游、文旅", products: "精品民宿、露营地、乡村旅游运营、房车营地", tail: "", shenwan: null, capital: 200, provinces: "33 53 52 51", style: "service" }),
  profile({ key: "tour-performing", group: TOUR, chainNode: "tour.performing", weight: 0.45, codes: "8810 9051", words: "文化传播、演艺、文化艺术", products: "实景演出、文艺演出、节庆活动策划、演艺经纪", tail: "", shenwan: "传媒/影视院线/影视动漫制作", capital: 500, provinces: "11 31 44 33 45", style: "service" }),
  profile({ key: "tour-creative", group: TOUR, chainNode: "tour.creative", weight: 0.45, codes: "2439 2435", words: "文创、工艺品、文化创意", products: "文创产品、蜡染、竹编工艺品、旅游商品", tail: "的设计、生产和销售", shenwan: "轻工制造/文娱用品/娱乐用品", capital: 200, provinces: "52 33 35 53", style: "manufacturing" }),
  profile({ key: "tour-wellness", group: TOUR, chainNode: "tour.wellness", weight: 0.45, codes: "8053 8514", words: "康养、健康产业、养老服务", products: "森林康养、中医养生、养老服务、康复疗养", tail: "", shenwan: null, capital: 1000, provinces: "52 51 50 44 33", style: "service" }),
  profile({ key: "tour-theme-park", group: TOUR, chainNode: "tour.theme-park", weight: 0.35, codes: "9020 8930", words: "文旅、主题乐园、游乐", products: "主题乐园运营、研学旅行、户外拓展、漂流", tail: "", shenwan: "社会服务/旅游及景区/人工景区", capital: 2000, provinces: "44 33 43 50", style: "service" }),
  profile({ key: "tour-agency", group: TOUR, chainNode: "tour.travel-agency", weight: 0.9, codes: "7291", words: "旅行社", products: "国内旅游、入境旅游、研学旅行、定制游", tail: "", shenwan: "社会服务/旅游及景区/旅游综合", capital: 150, provinces: "52 50 51 44 31", style: "service", nameForm: "travel-agency" }),
  profile({ key: "tour-planning", group: TOUR, chainNode: "tour.planning", weight: 0.45, codes: "7485 7492", words: "规划设计、设计、工程设计", products: "旅游规划、景观设计、文旅策划", tail: "服务", shenwan: "建筑装饰/工程咨询服务Ⅱ/工程咨询服务Ⅲ", capital: 300, provinces: "11 31 44 33 51", style: "service" }),
  profile({ key: "tour-amusement", group: TOUR, chainNode: "tour.equipment", weight: 0.35, codes: "2461", words: "游乐设备、游艺", products: "游乐设备、无动力游乐设施、灯光秀设备", tail: "的研发、生产和安装", shenwan: "轻工制造/文娱用品/娱乐用品", capital: 1000, provinces: "44 33 41", style: "manufacturing" }),
  profile({ key: "tour-digital", group: TOUR, chainNode: "tour.digital", weight: 0.35, codes: "6579 6531", words: "数字科技、文旅科技、信息技术", products: "智慧景区系统、沉浸式体验、数字展馆、票务系统", tail: "的开发和运营", shenwan: "计算机/软件开发/垂直应用软件", capital: 500, provinces: "11 44 33 52", style: "service" }),
  profile({ key: "tour-marketing", group: TOUR, chainNode: "tour.marketing", weight: 0.35, codes: "7259 7284", words: "文化传媒、广告、传媒", products: "旅游营销、短视频运营、会展服务、品牌策划", tail: "", shenwan: "传媒/广告营销/营销代理", capital: 200, provinces: "11 31 44 52", style: "service" }),

  // ── General industry: the noise matching has to see through ──
  profile({ key: "gen-software", group: null, chainNode: null, weight: 3.36, codes: "6513 6531", words: "软件、信息技术、网络科技、科技", products: "应用软件开发、信息系统集成、数据服务、云计算服务", tail: "", shenwan: "计算机/软件开发/垂直应用软件", capital: 500, provinces: "11 44 33 31 32 52", style: "service" }),
  profile({ key: "gen-construction", group: null, chainNode: null, weight: 3.36, codes: "4790 4813 5011", words: "建设、建筑工程、建工", products: "房屋建筑工程、市政道路工程、装饰装修工程、园林绿化工程", tail: "施工", shenwan: "建筑装饰/房屋建设Ⅱ/房屋建设Ⅲ", capital: 2000, provinces: "52 50 51 32 33", style: "service" }),
  profile({ key: "gen-realestate", group: null, chainNode: null, weight: 1.96, codes: "7010 7020", words: "房地产开发、置业、地产", products: "商品房开发、物业管理、商业地产运营", tail: "", shenwan: "房地产/房地产开发/住宅开发", capital: 5000, provinces: "52 50 51 44", style: "service" }),
  profile({ key: "gen-chemicals", group: null, chainNode: null, weight: 1.96, codes: "2614 2669 2641", words: "化工、化学、新材料", products: "精细化工产品、化学助剂、工业涂料、有机化学原料", tail: "的生产和销售", shenwan: "基础化工/化学制品/其他化学制品", capital: 2000, provinces: "32 37 33 44", style: "manufacturing" }),
  profile({ key: "gen-textile", group: null, chainNode: null, weight: 1.96, codes: "1819 1711 1771", words: "服饰、纺织、服装", products: "服装、针织面料、家纺产品、棉纱", tail: "的生产和销售", shenwan: "纺织服饰/服装家纺/非运动服装", capital: 800, provinces: "33 32 35 44 37", style: "manufacturing" }),
  profile({ key: "gen-electronics", group: null, chainNode: null, weight: 2.66, codes: "3982 3981 3989", words: "电子、电子科技、光电", products: "印制电路板、电子元器件、连接器、LED照明、电子产品组装", tail: "的研发、生产和销售", shenwan: "电子/元件/印制电路板", capital: 1000, provinces: "44 32 33 31 36", style: "manufacturing" }),
  profile({ key: "gen-logistics", group: null, chainNode: null, weight: 1.96, codes: "5431 5920 7224", words: "物流、供应链、运输", products: "道路货物运输、仓储服务、供应链管理、城市配送", tail: "服务", shenwan: "交通运输/物流/公路货运", capital: 500, provinces: "52 50 51 44 32", style: "service" }),
  profile({ key: "gen-trade", group: null, chainNode: null, weight: 2.66, codes: "5199 5165 5174", words: "商贸、贸易、实业", products: "日用百货批发、建材销售、五金销售、办公用品销售", tail: "", shenwan: "商贸零售/贸易Ⅱ/贸易Ⅲ", capital: 200, provinces: "52 50 51 44 33", style: "service" }),
  profile({ key: "gen-building-materials", group: null, chainNode: null, weight: 1.54, codes: "3021 3022", words: "建材、新型建材、混凝土", products: "商品混凝土、预制构件、干混砂浆、新型墙体材料", tail: "的生产和销售", shenwan: "建筑材料/水泥/水泥制品", capital: 1000, provinces: "52 50 51", style: "manufacturing" }),
  profile({ key: "gen-plastics", group: null, chainNode: null, weight: 1.26, codes: "2929 2922 2926", words: "塑料、塑胶、包装", products: "塑料制品、塑料包装、塑料管材、注塑件", tail: "的生产和销售", shenwan: "基础化工/塑料/其他塑料制品", capital: 500, provinces: "44 33 32 37", style: "manufacturing" }),
  profile({ key: "gen-furniture", group: null, chainNode: null, weight: 1.12, codes: "2110", words: "家具、家居", products: "实木家具、定制家居、办公家具", tail: "的设计、生产和销售", shenwan: "轻工制造/家居用品/定制家居", capital: 500, provinces: "44 33 35 51", style: "manufacturing" }),
  profile({ key: "gen-catering", group: null, chainNode: null, weight: 0.98, codes: "6210 6220", words: "餐饮管理、餐饮", products: "中餐服务、团餐服务、餐饮连锁", tail: "", shenwan: "社会服务/酒店餐饮/餐饮", capital: 100, provinces: "52 50 51 44", style: "service" }),
  profile({ key: "gen-investment", group: null, chainNode: null, weight: 0.98, codes: "7212 6760", words: "投资、投资管理、资产管理", products: "股权投资、资产管理、投资咨询", tail: "", shenwan: "非银金融/多元金融/资产管理", capital: 5000, provinces: "11 31 44 33 52", style: "service" }),
  profile({ key: "gen-pv", group: null, chainNode: null, weight: 1.26, codes: "3825 4416", words: "光伏、新能源、能源科技", products: "光伏组件、分布式光伏电站、光伏支架、储能系统集成", tail: "的研发、生产、销售及电站建设运营", shenwan: "电力设备/光伏设备/光伏电池组件", capital: 2000, provinces: "32 33 34 44 52", style: "manufacturing" }),
  profile({ key: "gen-environment", group: null, chainNode: null, weight: 1.26, codes: "7723 4620 4862", words: "环保科技、环境工程、环境", products: "污水处理、固废处置、环保工程、环境监测", tail: "服务", shenwan: "环保/环境治理/水务及水治理", capital: 1000, provinces: "11 32 33 44 52", style: "service" }),
  profile({ key: "gen-education", group: null, chainNode: null, weight: 0.63, codes: "8391 8394", words: "教育科技、职业培训、培训", products: "职业技能培训、教育软件、考试培训", tail: "", shenwan: "社会服务/教育/培训教育", capital: 200, provinces: "11 44 52 51", style: "service" }),
  profile({ key: "gen-hr", group: null, chainNode: null, weight: 0.63, codes: "7263 7269", words: "人力资源、人力资源服务", products: "劳务派遣、招聘服务、人力资源外包", tail: "", shenwan: "社会服务/专业服务/人力资源服务", capital: 200, provinces: "44 32 52 50", style: "service" }),
  profile({ key: "gen-metals", group: null, chainNode: null, weight: 0.98, codes: "3130 3252", words: "金属材料、钢铁、铝业", products: "钢材、铝型材、铝板带、不锈钢制品", tail: "的生产和销售", shenwan: "有色金属/工业金属/铝", capital: 3000, provinces: "13 37 32 44 45", style: "manufacturing" }),
  profile({ key: "gen-mining", group: null, chainNode: null, weight: 0.63, codes: "1019 1011", words: "矿业、建材", products: "砂石骨料、石灰石、机制砂", tail: "的开采、加工和销售", shenwan: null, capital: 1000, provinces: "52 50 51", style: "manufacturing" }),
  profile({ key: "gen-power", group: null, chainNode: null, weight: 0.63, codes: "4413 4416", words: "能源、电力、水电开发", products: "水力发电、光伏发电、电力销售", tail: "", shenwan: "公用事业/电力/水力发电", capital: 5000, provinces: "52 51 53", style: "service" }),
  // 正安 is known for its guitar industry: a local manufacturer outside the seven groups.
  profile({ key: "gen-guitar", group: null, chainNode: null, weight: 0.42, codes: "2422", words: "乐器、吉他、文化用品", products: "木吉他、电吉他、尤克里里、乐器配件", tail: "的研发、生产和销售", shenwan: "轻工制造/文娱用品/文化用品", capital: 500, provinces: "44 52 37", style: "manufacturing" }),
];

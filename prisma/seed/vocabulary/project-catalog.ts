import { COUNTY_UNITS, type LocationKind } from "./county";
import type { IndustryGroupName } from "./enterprise-profiles";

/*
 * What the county's project library (招商项目库) offers, per industry group. Each item is one kind of project
 * as a bureau writes it up: name forms (with a scale or a local resource filled in), GB/T codes, the usual
 * investment range, what gets built, and who the bureau is looking for. Items name the chain-map node they
 * sit on, as ground truth for matching tests.
 */

export type CooperationMode = "独资" | "合资" | "合作" | "PPP" | "租赁" | "其他";

/** How the project's economics usually look: drives land, output, tax and jobs. */
export type ProjectEconomics = "manufacturing" | "agriculture" | "tourism" | "service";

export interface ProjectItem {
  key: string;
  chainNode: string;
  /** Name forms; "{s}" is replaced by one of `fill`. */
  names: readonly string[];
  fill?: readonly (string | number)[];
  codes: readonly string[];
  /** Total investment range, 万元. */
  investment: readonly [number, number];
  /** Land range in 亩 when it does not follow from investment intensity (planting bases, resorts). */
  land?: readonly [number, number];
  /** 建设内容; "{s}" as in names. */
  content: string;
  /** One sentence on what the project is and why here. */
  pitch: string;
  /** What kind of investor the bureau wants, after the size clause. */
  target: readonly string[];
  /** Where it goes when not where the group's projects usually go (a herb base is not in an industrial park). */
  location?: LocationKind;
  /** Background sentences to use instead of the group's, when the group's talk about something else. */
  background?: readonly string[];
}

export interface ProjectGroupCatalog {
  group: IndustryGroupName;
  /** Short code used in project codes (ZA2026-XNY-001). */
  abbr: string;
  /** Share of the project library (they sum to 1 over the seven groups). */
  share: number;
  economics: ProjectEconomics;
  location: LocationKind;
  modes: readonly CooperationMode[];
  /** Province codes (6 digits) the bureau courts for this group. */
  regions: readonly string[];
  units: readonly string[];
  /** Background sentences about the county, one is appended to each description. */
  background: readonly string[];
  items: readonly ProjectItem[];
}

const CHENGYU = ["500000", "510000"];

const PHARMA_INDUSTRIAL_BACKGROUND = [
  "项目可享受西部大开发企业所得税15%优惠税率，入驻园区可享受标准化厂房租金减免等优惠政策。",
  "正安经济开发区已建成标准化厂房和污水处理设施，可满足医药企业GMP车间建设需求。",
];
const YANGTZE_DELTA = ["310000", "320000", "330000"];
const PEARL_DELTA = ["440000"];

export const PROJECT_CATALOG: readonly ProjectGroupCatalog[] = [
  {
    group: "新能源汽车",
    abbr: "XNY",
    share: 0.15,
    economics: "manufacturing",
    location: "industrial",
    modes: ["独资", "合资"],
    regions: [...CHENGYU, ...YANGTZE_DELTA, ...PEARL_DELTA, "430000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.industry, COUNTY_UNITS.parkCommittee],
    background: [
      "正安县地处渝黔合作前沿，距重庆主城约3小时车程，可承接成渝地区整车及零部件企业产能外溢。",
      "园区已建成标准化厂房并实现“七通一平”，工业用电执行贵州省大工业电价优惠政策，用能成本较东部低。",
      "县内劳动力资源充足，职业技术学校可按企业需求开展订单式培训。",
    ],
    items: [
      { key: "nev-motor", chainNode: "nev.drive-motor", names: ["年产{s}万套新能源汽车电机电控项目", "新能源汽车驱动电机生产基地项目"], fill: [5, 10, 20, 30], codes: ["3812", "3670", "3824"], investment: [30000, 120000], content: "新建标准化厂房及配套用房，建设驱动电机定子、转子自动化生产线和电机控制器装配线，配套建设检测中心、仓储物流中心及综合办公楼", pitch: "项目生产新能源汽车驱动电机及电机控制器，主要为成渝地区整车企业配套。", target: ["具有新能源汽车驱动电机或电控产品量产经验", "已进入主流整车企业配套体系"] },
      { key: "nev-battery", chainNode: "nev.power-battery", names: ["年产{s}GWh动力及储能电池项目", "储能电池PACK生产基地项目"], fill: [2, 5, 10], codes: ["3841", "3849"], investment: [80000, 300000], content: "建设电芯生产车间、模组及PACK组装车间、化成分容车间、原材料及成品仓库，配套建设研发检测中心和110kV变电站", pitch: "项目建设动力电池及储能电池生产线，面向新能源汽车和新型储能市场。", target: ["具有动力电池配套经验", "拥有电芯或PACK量产能力"] },
      { key: "nev-battery-parts", chainNode: "nev.battery-parts", names: ["年产{s}万件新能源电池壳体及结构件项目", "锂电池精密结构件生产项目"], fill: [500, 1000, 2000], codes: ["3399", "3392", "3841"], investment: [15000, 60000], content: "建设冲压、拉伸、激光焊接及清洗生产线，配套建设模具车间、检测中心及仓储设施", pitch: "项目生产锂电池铝壳、盖板及连接片等结构件，为动力电池企业就近配套。", target: ["具有锂电池结构件或精密冲压件生产经验", "与头部电池企业有稳定合作"] },
      { key: "nev-cathode", chainNode: "nev.cathode", names: ["年产{s}万吨磷酸铁锂正极材料项目", "锂电池正极材料前驱体项目"], fill: [1, 2, 5], codes: ["3985", "2613"], investment: [50000, 200000], content: "建设前驱体合成、烧结、粉碎分级及包装生产线，配套建设原料库、危化品库、污水处理站及研发中心", pitch: "项目依托贵州磷化工资源优势，生产磷酸铁锂等锂电池正极材料。", target: ["具有磷化工或锂电材料产业背景", "拥有正极材料量产技术和稳定客户"] },
      { key: "nev-chassis", chainNode: "nev.chassis-body", names: ["汽车零部件精密制造产业园项目", "年产{s}万套汽车底盘及车身结构件项目", "新能源汽车轻量化铝合金压铸件项目"], fill: [10, 20, 50], codes: ["3670", "3392", "3391"], investment: [10000, 80000], content: "建设压铸、机加工、冲压焊接及涂装车间，配套建设模具中心、理化检测室和成品仓库", pitch: "项目生产底盘、车身结构件及轻量化压铸件，打造县域汽车零部件配套集群。", target: ["具有汽车零部件一级或二级配套资质", "通过IATF 16949质量体系认证"] },
      { key: "nev-harness", chainNode: "nev.auto-electronics", names: ["年产{s}万套汽车线束及连接器项目", "汽车电子及智能座舱产品生产项目"], fill: [50, 100, 200], codes: ["3670", "3962", "3983"], investment: [10000, 50000], content: "建设线束装配车间、电子产品SMT贴片及组装线，配套建设测试实验室和员工宿舍", pitch: "项目生产汽车线束、连接器及车载电子产品，可吸纳较多本地就业。", target: ["具有汽车电子或线束产品配套经验", "已进入整车企业供应商名录"] },
      { key: "nev-charging-eq", chainNode: "nev.charging-equipment", names: ["充电桩及储能设备生产项目"], codes: ["3829", "3824"], investment: [8000, 40000], content: "建设充电桩整机装配线、充电模块生产线及老化测试车间", pitch: "项目生产交直流充电桩和充电模块，服务县域及周边充电基础设施建设。", target: ["具有充电设备研发制造能力"] },
      { key: "nev-charging-op", chainNode: "nev.charging-operation", names: ["县域充换电基础设施建设运营项目"], codes: ["5267", "3829"], investment: [5000, 30000], content: "在县城、乡镇及旅游景区建设公共充电站、换电站和光储充一体化示范站，搭建充电运营管理平台", pitch: "项目完善县域新能源汽车充换电网络，采取特许经营方式建设运营。", target: ["具有充电设施投资运营经验", "运营充电桩规模较大"] },
      { key: "nev-special", chainNode: "nev.special-vehicle", names: ["年产{s}辆新能源冷藏车及物流车项目", "新能源专用车及改装车生产项目"], fill: [3000, 5000, 10000], codes: ["3630", "3612", "3640"], investment: [20000, 100000], content: "建设上装生产车间、整车总装线、涂装车间及试验跑道，配套建设成品车停放场", pitch: "项目生产新能源冷藏车、物流车等专用车，服务山区农产品冷链运输需求。", target: ["具有专用车生产资质", "拥有新能源专用车产品公告"] },
      { key: "nev-recycling", chainNode: "nev.recycling", names: ["废旧动力电池回收及梯次利用项目", "报废机动车回收拆解及资源化利用项目"], codes: ["4210", "4220"], investment: [8000, 50000], content: "建设废旧电池拆解、检测分选、梯次利用PACK生产线及再生材料车间，配套建设危废暂存库和环保设施", pitch: "项目开展废旧动力电池回收、梯次利用和有价金属再生，完善新能源汽车产业闭环。", target: ["列入工信部废旧动力电池综合利用行业规范条件企业名单或具备同等能力"] },
      { key: "nev-thermal", chainNode: "nev.thermal", names: ["新能源汽车热管理系统零部件项目"], codes: ["3670", "3464"], investment: [15000, 60000], content: "建设电动压缩机、换热器及液冷板生产线，配套建设性能试验室", pitch: "项目生产新能源汽车热管理核心零部件。", target: ["具有汽车空调或热管理产品配套经验"] },
      { key: "nev-controller", chainNode: "nev.motor-controller", names: ["新能源汽车电控及功率模块封装项目"], codes: ["3824", "3670"], investment: [20000, 80000], content: "建设功率模块封装测试线、电机控制器装配线及洁净车间", pitch: "项目生产IGBT功率模块和电机控制器。", target: ["具有功率半导体封装或电控产品量产经验"] },
      { key: "nev-anode", chainNode: "nev.anode", names: ["锂电池负极材料石墨化加工项目"], codes: ["3985", "3091"], investment: [30000, 120000], content: "建设石墨化炉、粉碎整形及包覆生产线，配套建设余热利用和环保设施", pitch: "项目利用贵州水电资源，开展负极材料石墨化加工。", target: ["具有负极材料或石墨化加工经验"] },
      { key: "nev-aftermarket", chainNode: "nev.aftermarket", names: ["新能源汽车销售服务及后市场综合体项目"], codes: ["5261", "8111"], investment: [5000, 20000], content: "建设新能源汽车展示销售中心、维修保养车间、二手车交易区和充电服务区", pitch: "项目集新车销售、维修保养和二手车交易于一体。", target: ["具有汽车经销或连锁后市场服务经验"] },
    ],
  },
  {
    group: "装备制造",
    abbr: "ZB",
    share: 0.14,
    economics: "manufacturing",
    location: "industrial",
    modes: ["独资", "合资"],
    regions: [...YANGTZE_DELTA, "370000", ...CHENGYU, "410000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.industry, COUNTY_UNITS.parkCommittee],
    background: [
      "正安经济开发区已形成机械加工、金属制品等产业基础，可为装备制造企业提供配套。",
      "项目可享受西部大开发企业所得税15%优惠税率，以及省、市工业发展专项资金支持。",
      "园区周边高速公路互通，货物可经重庆港、贵阳物流枢纽通达全国。",
    ],
    items: [
      { key: "equip-castings", chainNode: "equip.castings", names: ["年产{s}万吨高端铸件项目", "精密铸造及机加工项目"], fill: [3, 5, 10], codes: ["3391", "3392", "3484"], investment: [10000, 60000], content: "建设中频感应电炉熔炼、自动造型线、热处理及机加工车间，配套建设砂处理系统和环保设施", pitch: "项目生产灰铁、球铁及铝合金精密铸件，为汽车、工程机械及农机企业配套。", target: ["具有铸造行业准入条件", "拥有汽车或工程机械铸件配套客户"] },
      { key: "equip-gears", chainNode: "equip.basic-parts", names: ["精密齿轮及传动部件生产项目", "高端轴承及精密零部件制造项目"], codes: ["3453", "3451", "3484"], investment: [8000, 50000], content: "建设齿轮加工、热处理、磨削及装配车间，配套建设计量检测中心", pitch: "项目生产精密齿轮、减速机及轴承等基础零部件。", target: ["具有齿轮或轴承等基础件生产经验"] },
      { key: "equip-hydraulics", chainNode: "equip.hydraulics", names: ["液压元件及系统生产项目"], codes: ["3444"], investment: [10000, 40000], content: "建设液压油缸、液压阀加工及装配线，配套建设试验台", pitch: "项目生产工程机械和农机用液压元件。", target: ["具有液压件配套经验"] },
      { key: "equip-machine-tools", chainNode: "equip.machine-tools", names: ["数控机床及功能部件生产项目"], codes: ["3421", "3425"], investment: [20000, 80000], content: "建设数控机床装配车间、精密加工车间和恒温检测间", pitch: "项目生产中小型数控机床及机床功能部件。", target: ["具有数控机床研发制造能力"] },
      { key: "equip-excavator", chainNode: "equip.construction-machinery", names: ["山区适用型小型挖掘机生产项目", "小型工程机械整机生产项目"], codes: ["3514"], investment: [20000, 100000], content: "建设结构件焊接、涂装、整机总装车间及试车场，配套建设零部件仓库", pitch: "项目生产适用于山区道路和农田建设的小型挖掘机、装载机等工程机械。", target: ["具有工程机械整机生产经验", "拥有完善的销售服务网络"] },
      { key: "equip-steel-structures", chainNode: "equip.structures", names: ["年产{s}万吨装配式钢结构件项目", "装配式钢结构生产基地项目"], fill: [5, 10, 20], codes: ["3311", "3022"], investment: [10000, 50000], content: "建设H型钢、箱型柱生产线、围护板材生产线及涂装车间，配套建设堆场和行车", pitch: "项目生产装配式建筑钢结构件，服务黔北地区建设市场。", target: ["具有钢结构工程专业承包资质", "年产钢结构5万吨以上"] },
      { key: "equip-robotics", chainNode: "equip.robotics", names: ["智能装备及工业机器人集成项目"], codes: ["3491", "3499"], investment: [10000, 60000], content: "建设机器人系统集成车间、自动化生产线装配车间和展示培训中心", pitch: "项目开展工业机器人应用集成和智能产线装配。", target: ["具有工业机器人或自动化产线集成经验"] },
      { key: "equip-transformers", chainNode: "equip.electrical", names: ["新型电力变压器及箱式变电站生产项目", "智能输配电设备制造项目"], codes: ["3821", "3823"], investment: [10000, 50000], content: "建设变压器铁芯、线圈生产车间、总装车间和试验站", pitch: "项目生产配电变压器、箱式变电站及智能开关柜。", target: ["具有输配电设备生产资质", "进入电网企业供应商名录"] },
      { key: "equip-food-machinery", chainNode: "equip.special", names: ["食品及酿酒专用装备制造项目", "环保装备制造项目"], codes: ["3531", "3591"], investment: [8000, 40000], content: "建设不锈钢设备加工车间、装配车间和调试中心", pitch: "项目生产酿酒、食品加工及环保专用设备，服务黔北白酒和食品产业。", target: ["具有专用设备设计制造能力"] },
      { key: "equip-reman", chainNode: "equip.repair", names: ["工程机械再制造及维修服务中心项目"], codes: ["4330", "4320"], investment: [5000, 20000], content: "建设再制造车间、维修车间、配件仓库和培训中心", pitch: "项目开展工程机械、农机整机及零部件再制造和维修服务。", target: ["具有工程机械维修或再制造经验"] },
      { key: "equip-pumps", chainNode: "equip.general-machinery", names: ["泵阀及流体机械生产项目"], codes: ["3441", "3443"], investment: [8000, 40000], content: "建设泵体、阀体加工及装配线，配套建设性能试验站", pitch: "项目生产农业灌溉、市政供水用泵阀产品。", target: ["具有泵阀产品生产经验"] },
      { key: "equip-fasteners", chainNode: "equip.basic-parts", names: ["标准件及紧固件生产项目"], codes: ["3482"], investment: [5000, 20000], content: "建设冷镦、搓丝、热处理及表面处理生产线", pitch: "项目生产高强度紧固件及标准件。", target: ["具有紧固件生产经验"] },
    ],
  },
  {
    group: "医药制造",
    abbr: "YY",
    share: 0.14,
    economics: "manufacturing",
    location: "industrial",
    modes: ["独资", "合资", "合作"],
    regions: ["520000", ...CHENGYU, "430000", "440000", "340000", "220000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.industry, COUNTY_UNITS.forestry, COUNTY_UNITS.health],
    background: [
      "正安县地处大娄山区，森林覆盖率高，气候适宜天麻、黄精、杜仲、白及等道地药材生长，已形成一定种植规模。",
      "县内已建成中药材种苗繁育基地和产地初加工点，可为饮片及中成药企业提供稳定原料。",
      "贵州省将中药材列入十二大农业特色优势产业，项目可申请省级专项资金支持。",
    ],
    items: [
      { key: "pharma-herbs-pieces", chainNode: "pharma.decoction", names: ["中药材种植及饮片加工项目", "{s}种植及饮片加工一体化项目"], fill: ["天麻", "黄精", "白及", "杜仲", "吴茱萸"], codes: ["2730", "0171"], investment: [5000, 40000], land: [1000, 8000], location: "herbs", content: "建设{s}等中药材规范化种植基地，配套建设产地初加工中心和中药饮片GMP生产车间", pitch: "项目实行“种植基地+饮片加工”一体化经营，就地转化县内道地药材。", target: ["具有中药饮片生产许可证", "有中药材基地建设或订单收购经验"] },
      { key: "pharma-gap", chainNode: "pharma.herb-planting", names: ["{s}规范化种植基地建设项目"], fill: ["天麻", "黄精", "白及", "太子参", "金银花", "半夏"], codes: ["0171", "0511"], investment: [3000, 20000], land: [2000, 10000], location: "herbs", content: "建设{s}规范化种植基地及种苗繁育圃，配套建设灌溉设施、生产便道和初加工晾晒场", pitch: "项目按中药材GAP要求建设道地药材种植基地。", target: ["具有中药材种植或收购加工经验", "与下游饮片或中成药企业有稳定购销关系"] },
      { key: "pharma-pieces", chainNode: "pharma.decoction", names: ["中药饮片及配方颗粒生产项目", "中药材初加工及饮片炮制项目"], codes: ["2730", "0514"], investment: [8000, 50000], content: "建设净制、切制、炮制、干燥车间和配方颗粒提取浓缩车间，配套建设质检中心和阴凉库", pitch: "项目生产中药饮片和中药配方颗粒。", target: ["具有中药饮片或配方颗粒生产资质"] },
      { key: "pharma-tcm", chainNode: "pharma.tcm-patent", names: ["中成药生产线建设项目", "中药大品种二次开发及产业化项目"], codes: ["2740"], investment: [15000, 80000], content: "建设中药前处理和提取车间、固体制剂车间、液体制剂车间，配套建设研发中心和仓储物流中心", pitch: "项目引进中成药品种落地生产，优先使用县内道地药材。", target: ["拥有中成药独家品种或批文", "具有中药大品种培育经验"] },
      { key: "pharma-herb-market", chainNode: "pharma.herb-handling", names: ["中药材仓储物流及交易中心项目"], codes: ["5960", "5152"], investment: [8000, 40000], content: "建设中药材标准化仓库、阴凉库、检验检测中心和电子交易平台", pitch: "项目建设黔北中药材集散交易中心。", target: ["具有中药材仓储或交易市场运营经验"] },
      { key: "pharma-health-food", chainNode: "pharma.health-food", names: ["药食同源大健康产品生产项目", "{s}精深加工及保健食品项目"], fill: ["天麻", "黄精", "杜仲"], codes: ["1492", "1491", "2730"], investment: [5000, 40000], content: "建设提取车间、保健食品及固体饮料生产线，配套建设研发和检测中心", pitch: "项目开发药食同源和保健食品系列产品。", target: ["具有保健食品注册或备案产品", "拥有成熟的销售渠道"] },
      { key: "pharma-extract", background: PHARMA_INDUSTRIAL_BACKGROUND, chainNode: "pharma.api", names: ["植物提取物生产项目"], codes: ["2710", "1495"], investment: [8000, 50000], content: "建设提取、分离纯化、浓缩干燥车间及溶剂回收系统", pitch: "项目以杜仲、五倍子等资源为原料生产植物提取物。", target: ["具有植物提取物出口或原料药生产经验"] },
      { key: "pharma-supplies", background: PHARMA_INDUSTRIAL_BACKGROUND, chainNode: "pharma.medical-supplies", names: ["医用卫生材料及敷料生产项目", "医疗器械产业园项目"], codes: ["2770", "3584"], investment: [8000, 60000], content: "建设十万级洁净车间、医用敷料生产线和灭菌车间", pitch: "项目生产医用敷料、一次性医疗耗材等产品。", target: ["具有医疗器械生产许可证"] },
      { key: "pharma-packaging", background: PHARMA_INDUSTRIAL_BACKGROUND, chainNode: "pharma.excipients", names: ["药用包装材料生产项目"], codes: ["2780"], investment: [5000, 30000], content: "建设药用铝塑包装、药用瓶生产线及洁净车间", pitch: "项目为中成药和饮片企业配套生产药用包装材料。", target: ["具有药包材生产经验"] },
      { key: "pharma-logistics", background: PHARMA_INDUSTRIAL_BACKGROUND, chainNode: "pharma.distribution", names: ["医药冷链物流配送中心项目"], codes: ["5151", "5152"], investment: [5000, 20000], content: "建设医药阴凉库、冷库及分拣配送中心，配套建设信息管理系统", pitch: "项目建设覆盖黔北地区的医药物流配送中心。", target: ["具有药品批发资质和冷链配送能力"] },
      { key: "pharma-vet", chainNode: "pharma.vet", names: ["兽用中药制剂生产项目"], codes: ["2750"], investment: [5000, 20000], content: "建设兽用中药散剂、颗粒剂生产车间", pitch: "项目利用县内中药材资源生产兽用中药制剂。", target: ["具有兽药GMP证书"] },
    ],
  },
  {
    group: "特色食品加工",
    abbr: "SP",
    share: 0.17,
    economics: "manufacturing",
    location: "food",
    modes: ["独资", "合资", "合作"],
    regions: ["520000", ...CHENGYU, "430000", "440000", "330000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.industry, COUNTY_UNITS.agriculture, COUNTY_UNITS.commerce],
    background: [
      "正安县辣椒、白茶、方竹笋等特色农产品种植面积较大，原料供应充足、品质稳定。",
      "项目可享受西部大开发企业所得税15%优惠税率，并可申请省级农产品加工业发展专项资金。",
      "食品产业园已配套建设污水处理厂和冷链仓储设施，可满足食品加工企业入驻需求。",
    ],
    items: [
      { key: "food-chili", chainNode: "food.chili-seasoning", names: ["辣椒精深加工项目", "年产{s}万吨辣椒制品及复合调味料项目", "火锅底料及调味品生产项目"], fill: [1, 2, 5, 10], codes: ["1469", "1371"], investment: [5000, 60000], content: "建设辣椒原料预处理、油辣椒及辣椒酱生产线、火锅底料炒制线，配套建设原料冷库、成品库和质检中心", pitch: "项目以县内辣椒为原料，生产油辣椒、辣椒酱、火锅底料等调味品。", target: ["具有调味品生产许可和知名品牌", "拥有全国性商超或餐饮供应链渠道"] },
      { key: "food-baijiu", chainNode: "food.baijiu", names: ["酱香型白酒酿造及储存项目", "年产{s}吨酱香型白酒生产项目"], fill: [1000, 2000, 3000, 5000], codes: ["1512"], investment: [20000, 200000], content: "建设制曲车间、酿造车间、酒库、勾调及包装车间，配套建设污水处理站和酒文化展示中心", pitch: "项目依托黔北酱香白酒产区优势，建设酱香型白酒酿造及储存基地。", target: ["具有白酒生产许可证和自有品牌", "拥有稳定的全国经销渠道"] },
      { key: "food-tea", chainNode: "food.tea", names: ["白茶精深加工及茶饮品生产项目", "茶叶精制加工及茶饮料生产项目"], codes: ["1530", "1529"], investment: [5000, 40000], content: "建设白茶萎凋、精制拼配车间，茶饮料和抹茶生产线，配套建设茶叶仓储中心", pitch: "项目以国家地理标志产品“正安白茶”为原料，开展精制加工和茶饮品开发。", target: ["具有茶叶精深加工经验", "拥有茶叶品牌和销售渠道"] },
      { key: "food-fungi", chainNode: "food.fungi-vegetables", names: ["食用菌精深加工项目", "方竹笋精深加工项目", "魔芋精深加工项目"], codes: ["1372", "1371", "1373"], investment: [3000, 30000], content: "建设原料预处理、烘干、即食产品及罐头生产线，配套建设冷库", pitch: "项目对县内食用菌、方竹笋等特色农产品进行精深加工。", target: ["具有果蔬或食用菌加工经验", "拥有出口或电商销售渠道"] },
      { key: "food-meat", chainNode: "food.meat", names: ["生猪屠宰及肉制品精深加工项目", "黔北腊肉及特色肉制品加工项目"], codes: ["1351", "1353"], investment: [8000, 50000], content: "建设标准化屠宰车间、分割车间、腊肉及香肠熏制车间，配套建设冷库和无害化处理设施", pitch: "项目建设生猪定点屠宰和特色肉制品加工基地。", target: ["具有生猪屠宰或肉制品加工资质"] },
      { key: "food-prepared", chainNode: "food.prepared-dishes", names: ["黔味预制菜及中央厨房项目"], codes: ["1439", "1432"], investment: [8000, 40000], content: "建设预制菜加工车间、速冻库和中央厨房配送中心", pitch: "项目开发酸汤鱼、辣子鸡等黔味预制菜产品。", target: ["具有预制菜或速冻食品生产经验"] },
      { key: "food-beverage", chainNode: "food.beverages", names: ["刺梨饮品及果汁生产项目", "山泉饮用水生产项目"], codes: ["1523", "1522"], investment: [5000, 40000], content: "建设原汁提取、调配及无菌灌装生产线，配套建设水源保护和仓储设施", pitch: "项目开发刺梨汁、山泉水等饮品。", target: ["具有饮料生产许可和品牌", "拥有全国性销售网络"] },
      { key: "food-snacks", chainNode: "food.snacks", names: ["特色米粉及方便食品生产项目", "特色糕点及休闲食品生产项目"], codes: ["1431", "1419"], investment: [3000, 20000], content: "建设米粉、方便食品及休闲食品生产线，配套建设包装车间", pitch: "项目生产特色米粉、糕点和休闲食品。", target: ["具有休闲食品生产和电商销售经验"] },
      { key: "food-fruit-wine", chainNode: "food.other-liquor", names: ["刺梨果酒及配制酒生产项目"], codes: ["1519"], investment: [3000, 20000], content: "建设果酒发酵车间、储酒罐区和灌装车间", pitch: "项目以刺梨、蓝莓等为原料生产果酒。", target: ["具有果酒或配制酒生产经验"] },
      { key: "food-packaging", chainNode: "food.packaging", names: ["酒类包装及玻璃瓶生产项目", "食品包装印刷项目"], codes: ["3055", "2231"], investment: [10000, 60000], content: "建设玻璃瓶窑炉、制瓶线或纸箱印刷生产线，配套建设仓储设施", pitch: "项目为白酒和食品企业就近配套包装材料。", target: ["具有玻璃包装容器或包装印刷生产经验"] },
      { key: "food-cold-chain", chainNode: "food.cold-chain", names: ["农产品冷链物流中心项目"], codes: ["5930", "5432"], investment: [5000, 30000], content: "建设低温冷库、气调库、分拣中心和冷藏车队", pitch: "项目建设服务黔北农产品和食品企业的冷链物流中心。", target: ["具有冷链物流运营经验"] },
      { key: "food-ecommerce", chainNode: "food.trade", names: ["特色农产品电商物流园项目"], codes: ["5292", "5129"], investment: [3000, 20000], content: "建设电商运营中心、直播基地、分拣包装及快递物流中心", pitch: "项目打造县域特色食品电商和直播销售平台。", target: ["具有农产品电商或直播运营经验"] },
    ],
  },
  {
    group: "山地农机设备",
    abbr: "NJ",
    share: 0.12,
    economics: "manufacturing",
    location: "industrial",
    modes: ["独资", "合资"],
    regions: ["500000", "510000", "370000", "330000", "320000", "410000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.industry, COUNTY_UNITS.agriculture],
    background: [
      "贵州92.5%的面积为山地和丘陵，丘陵山区适用小型农机需求旺盛，农机购置补贴向山地农机倾斜。",
      "重庆是全国重要的微耕机、通用汽油机生产基地，正安县可就近承接配套和产能转移。",
      "县内茶叶、辣椒、中药材种植规模大，为采茶机、植保机械、初加工机械提供了应用场景。",
    ],
    items: [
      { key: "agmach-base", chainNode: "agmach.micro-tiller", names: ["丘陵山地小型农机装备生产基地项目", "年产{s}万台微耕机及田园管理机项目"], fill: [5, 10, 20], codes: ["3572", "3576"], investment: [8000, 50000], content: "建设机加工、焊接、涂装及整机装配车间，配套建设整机试验田、零部件仓库和售后服务中心", pitch: "项目生产微耕机、田园管理机等丘陵山区适用小型农机。", target: ["具有微耕机或小型农机整机生产经验", "产品列入农机购置补贴目录"] },
      { key: "agmach-tractor", chainNode: "agmach.tractor", names: ["丘陵山地拖拉机生产项目"], codes: ["3571"], investment: [20000, 80000], content: "建设拖拉机总装线、驾驶室及覆盖件生产线、整机检测线", pitch: "项目生产适用于25度以下坡地作业的丘陵山地拖拉机。", target: ["具有拖拉机生产资质", "拥有山地拖拉机研发能力"] },
      { key: "agmach-tea-harvest", chainNode: "agmach.planting-harvest", names: ["山地茶园采茶机及田间管理机械生产项目", "小型收获机械生产项目"], codes: ["3572"], investment: [8000, 40000], content: "建设采茶机、修剪机及小型收获机装配线，配套建设研发试验中心", pitch: "项目生产采茶机、茶园修剪机和小型收获机械，服务茶叶和粮油生产。", target: ["具有茶园或收获机械研发生产经验"] },
      { key: "agmach-uav", chainNode: "agmach.plant-protection", names: ["植保无人机生产及飞防服务中心项目"], codes: ["3572", "3963", "0515"], investment: [5000, 30000], content: "建设植保无人机组装测试车间、飞手培训基地和飞防作业服务站", pitch: "项目生产植保无人机并开展山区统防统治服务。", target: ["具有植保无人机研发生产或飞防服务经验"] },
      { key: "agmach-garden", chainNode: "agmach.orchard-garden", names: ["园林及林果机械生产项目"], codes: ["3572", "3573"], investment: [5000, 30000], content: "建设割灌机、油锯、绿篱修剪机等园林机械装配线", pitch: "项目生产园林及林果业机械，兼顾出口和国内山区市场。", target: ["具有园林机械生产和出口经验"] },
      { key: "agmach-dryers", chainNode: "agmach.post-harvest", names: ["茶叶及辣椒初加工机械生产项目", "农产品烘干设备生产项目"], codes: ["3579", "3532"], investment: [5000, 30000], content: "建设杀青机、揉捻机、烘干机等初加工设备生产线", pitch: "项目生产茶叶、辣椒、中药材初加工机械和烘干设备。", target: ["具有农产品初加工机械生产经验"] },
      { key: "agmach-monorail", chainNode: "agmach.transport", names: ["山地轨道运输机生产项目"], codes: ["3579"], investment: [3000, 20000], content: "建设轨道运输机、单轨运输车生产装配线", pitch: "项目生产适用于陡坡茶园、果园的山地轨道运输机。", target: ["具有山地运输机械研发生产经验"] },
      { key: "agmach-parts", chainNode: "agmach.parts", names: ["农机配件及齿轮箱生产项目"], codes: ["3576", "3453"], investment: [5000, 25000], content: "建设旋耕刀锻造、齿轮箱加工及装配线", pitch: "项目为微耕机、拖拉机企业配套生产关键零部件。", target: ["具有农机配件配套经验"] },
      { key: "agmach-engines", chainNode: "agmach.engines", names: ["小型通用汽油机及动力机械项目"], codes: ["3412"], investment: [10000, 50000], content: "建设缸体机加工、总装及性能测试线", pitch: "项目生产小型农机配套通用汽油机和柴油机。", target: ["具有通用动力机械生产经验"] },
      { key: "agmach-service", chainNode: "agmach.services", names: ["农机社会化服务中心及农机维修站项目"], codes: ["0512", "4330"], investment: [3000, 10000], content: "建设农机库棚、维修车间、配件仓库和作业调度平台", pitch: "项目提供代耕代种、统防统治和农机维修服务。", target: ["具有农机作业服务或维修经验"] },
      { key: "agmach-market", chainNode: "agmach.dealers", names: ["农机交易市场及展示中心项目"], codes: ["5171"], investment: [3000, 15000], content: "建设农机展示交易大厅、二手农机交易区和配件市场", pitch: "项目建设黔北农机交易和展示中心。", target: ["具有农机流通经验"] },
      { key: "agmach-irrigation", chainNode: "agmach.livestock-facility", names: ["设施农业装备及节水灌溉设备生产项目"], codes: ["3579", "3574"], investment: [5000, 30000], content: "建设温室骨架、节水灌溉设备和水肥一体化设备生产线", pitch: "项目生产设施农业装备和节水灌溉设备。", target: ["具有设施农业装备生产经验"] },
    ],
  },
  {
    group: "山地高效农业",
    abbr: "NY",
    share: 0.15,
    economics: "agriculture",
    location: "agriculture",
    modes: ["合作", "合资", "租赁", "独资"],
    regions: ["520000", ...CHENGYU, "430000", "350000", "330000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.agriculture, COUNTY_UNITS.forestry],
    background: [
      "项目区海拔800-1500米，昼夜温差大，适宜发展茶叶、辣椒、食用菌等山地特色农业。",
      "土地可通过村集体经济组织统一流转，县里对规模经营主体给予流转费和基础设施补助。",
      "项目可采取“公司+合作社+农户”模式，带动周边群众增收。",
    ],
    items: [
      { key: "agri-tea", chainNode: "agri.tea", names: ["{s}亩生态白茶基地建设项目", "高标准生态茶园提质增效项目"], fill: [5000, 10000, 20000], codes: ["0164"], investment: [5000, 30000], land: [3000, 20000], location: "tea", content: "新建或改造生态茶园{s}亩，配套建设生产便道、灌溉设施、茶青收购点和茶园管护用房", pitch: "项目建设标准化生态白茶基地，为茶叶精深加工提供原料。", target: ["具有茶园经营或茶叶加工经验"] },
      { key: "agri-chili", chainNode: "agri.chili-vegetables", names: ["{s}亩辣椒标准化种植基地项目", "高山冷凉蔬菜基地建设项目"], fill: [5000, 10000, 30000], codes: ["0141"], investment: [3000, 20000], land: [3000, 30000], content: "建设辣椒或高山蔬菜标准化种植基地{s}亩，配套建设育苗中心、水肥一体化设施和产地烘干点", pitch: "项目建设辣椒和高山冷凉蔬菜种植基地，订单供应加工企业。", target: ["具有辣椒或蔬菜规模化种植经验", "有稳定加工或销售渠道"] },
      { key: "agri-fungi", chainNode: "agri.fungi", names: ["食用菌工厂化生产及菌棒加工项目", "林下食用菌种植基地项目"], codes: ["0142"], investment: [5000, 30000], land: [200, 3000], content: "建设菌棒生产车间、出菇大棚和林下种植区，配套建设冷库和烘干设施", pitch: "项目开展食用菌工厂化生产和林下种植。", target: ["具有食用菌工厂化生产经验"] },
      { key: "agri-fruit", chainNode: "agri.fruits", names: ["{s}亩刺梨种植及加工基地项目", "精品水果产业园建设项目"], fill: [3000, 5000, 10000], codes: ["0159", "0151"], investment: [3000, 25000], land: [3000, 10000], content: "建设刺梨、猕猴桃等精品水果种植基地，配套建设分选包装车间和冷库", pitch: "项目建设精品水果基地，发展鲜果销售和初加工。", target: ["具有水果规模化种植和销售经验"] },
      { key: "agri-forest", chainNode: "agri.forest-herbs", names: ["林下经济综合开发项目", "方竹笋丰产林基地建设项目"], codes: ["0179", "0252"], investment: [3000, 20000], land: [5000, 30000], location: "herbs", content: "在林地内发展林下中药材、方竹笋和林下养殖，配套建设生产便道和采收加工点", pitch: "项目利用县内林地资源发展林下经济。", target: ["具有林下经济经营经验"] },
      { key: "agri-pigs", chainNode: "agri.livestock", names: ["年出栏{s}万头生猪生态养殖项目", "肉牛标准化养殖基地项目"], fill: [5, 10, 20], codes: ["0313", "0311"], investment: [8000, 50000], land: [100, 1000], content: "建设标准化圈舍、饲料加工车间、粪污资源化利用设施和防疫设施", pitch: "项目建设生猪或肉牛标准化养殖基地，配套种养循环。", target: ["具有规模化养殖经验和完善防疫体系"] },
      { key: "agri-fish", chainNode: "agri.aquaculture", names: ["冷水鱼生态养殖项目"], codes: ["0412"], investment: [3000, 15000], land: [50, 500], content: "建设流水养殖池、苗种繁育车间和水质监测系统", pitch: "项目利用山区优质冷水资源发展鲟鱼等冷水鱼养殖。", target: ["具有冷水鱼养殖经验"] },
      { key: "agri-sorghum", chainNode: "agri.grain", names: ["酱香白酒专用高粱种植基地项目"], codes: ["0119"], investment: [3000, 15000], land: [5000, 30000], content: "建设酿酒专用糯高粱种植基地，配套建设烘干仓储设施", pitch: "项目为黔北白酒企业订单种植酿酒专用高粱。", target: ["白酒企业或具有订单农业经验的粮食企业"] },
      { key: "agri-seedlings", chainNode: "agri.seeds", names: ["辣椒及蔬菜良种繁育基地项目"], codes: ["0511"], investment: [3000, 15000], land: [200, 2000], content: "建设育种试验田、智能育苗温室和种子加工车间", pitch: "项目开展辣椒等蔬菜良种选育和集约化育苗。", target: ["具有种子生产经营许可证"] },
      { key: "agri-fertilizer", chainNode: "agri.inputs", names: ["生物有机肥生产项目"], codes: ["2625"], investment: [5000, 20000], land: [50, 200], content: "建设发酵车间、造粒生产线和成品库，原料来自县内畜禽粪污和农业废弃物", pitch: "项目利用畜禽粪污和农业废弃物生产生物有机肥。", target: ["具有有机肥生产经验"] },
      { key: "agri-storage", chainNode: "agri.primary-processing", names: ["农产品产地初加工及冷链仓储项目"], codes: ["0514", "5930"], investment: [3000, 20000], land: [30, 200], content: "建设分拣、清洗、烘干、包装车间和产地冷库", pitch: "项目补齐县域农产品产地初加工和冷链短板。", target: ["具有农产品加工或冷链运营经验"] },
      { key: "agri-complex", chainNode: "agri.agritourism", names: ["茶旅融合田园综合体项目", "田园综合体建设项目"], codes: ["9030", "0164"], investment: [10000, 50000], land: [1000, 5000], location: "tea", content: "建设生态茶园、采摘体验区、农耕文化馆、民宿和游客服务中心", pitch: "项目融合茶产业、乡村旅游和田园康养，打造农旅融合示范区。", target: ["具有田园综合体或农旅项目运营经验"] },
      { key: "agri-smart", chainNode: "agri.tech", names: ["智慧农业示范园项目"], codes: ["7511", "0141"], investment: [5000, 20000], land: [300, 2000], content: "建设智能温室、物联网监测系统和农业大数据平台", pitch: "项目建设山地智慧农业示范园。", target: ["具有智慧农业解决方案和项目经验"] },
    ],
  },
  {
    group: "文化旅游",
    abbr: "WL",
    share: 0.13,
    economics: "tourism",
    location: "tourism",
    modes: ["合作", "合资", "PPP", "租赁", "独资"],
    regions: ["500000", "510000", "520000", "440000", "310000", "430000"],
    units: [COUNTY_UNITS.investment, COUNTY_UNITS.tourism, COUNTY_UNITS.forestry],
    background: [
      "项目区森林覆盖率高，夏季平均气温22℃左右，是重庆、成都等地游客避暑度假的理想目的地。",
      "县域内有仡佬族、苗族等少数民族文化资源，可发展民族文化体验和非遗文创。",
      "高速公路通达，项目区距县城约30分钟车程，周边已有一定的游客基础。",
    ],
    items: [
      { key: "tour-scenic", chainNode: "tour.scenic", names: ["{s}景区提质升级项目", "{s}4A级旅游景区创建项目"], fill: ["九道水国家森林公园", "芙蓉江峡谷", "桃花源生态旅游区"], codes: ["7862", "7861", "7869"], investment: [20000, 150000], land: [500, 3000], content: "建设游客服务中心、景区道路、观光步道、观景平台、生态停车场和智慧景区系统", pitch: "项目对{s}进行提质升级，完善旅游服务设施。", target: ["具有景区投资运营经验", "运营过4A级以上景区"] },
      { key: "tour-resort", chainNode: "tour.hotel", names: ["茶旅融合文旅度假区项目", "山地度假酒店建设项目"], codes: ["6110", "7869"], investment: [30000, 200000], land: [300, 2000], content: "建设度假酒店、茶文化体验中心、康养中心、特色商业街和配套设施", pitch: "项目依托生态茶园和山地景观，建设避暑度假区。", target: ["具有文旅度假区或高星级酒店开发运营经验", "有品牌酒店管理团队"] },
      { key: "tour-homestay", chainNode: "tour.homestay-camping", names: ["乡村精品民宿集群项目", "山地露营地及房车营地项目"], codes: ["6130", "6140"], investment: [5000, 30000], land: [50, 500], content: "改造传统民居建设精品民宿，配套建设露营区、房车营位和公共服务设施", pitch: "项目盘活闲置农房，打造乡村民宿和露营度假产品。", target: ["具有民宿或营地品牌运营经验"] },
      { key: "tour-wellness", chainNode: "tour.wellness", names: ["森林康养基地建设项目", "中医药康养度假区项目"], codes: ["8053", "8416", "8514"], investment: [20000, 150000], land: [300, 3000], content: "建设康养酒店、中医养生馆、森林步道、康复理疗中心和旅居公寓", pitch: "项目利用森林和中医药资源发展康养旅居。", target: ["具有康养或养老项目运营经验"] },
      { key: "tour-show", chainNode: "tour.performing", names: ["大型山水实景演出项目"], codes: ["8810", "8820"], investment: [20000, 80000], content: "建设实景演出剧场、观众席、灯光音响系统和配套设施，打造民族文化主题演出", pitch: "项目打造以仡佬族文化为主题的山水实景演出。", target: ["具有实景演出创作和运营经验"] },
      { key: "tour-creative", chainNode: "tour.creative", names: ["非遗文创产业园项目", "仡佬族文化体验街区项目"], codes: ["2439", "8840"], investment: [8000, 40000], content: "建设非遗工坊、文创产品展销中心、民族文化体验馆和特色街区", pitch: "项目发展非遗技艺体验和文创产品开发。", target: ["具有文创产品开发或街区运营经验"] },
      { key: "tour-camp", chainNode: "tour.theme-park", names: ["研学旅行营地建设项目", "峡谷漂流及户外运动基地项目"], codes: ["8399", "8930", "9020"], investment: [8000, 50000], land: [100, 1000], content: "建设研学课堂、户外拓展区、漂流河道、营地住宿和安全保障设施", pitch: "项目开发研学旅行和户外运动产品。", target: ["具有研学或户外运动项目运营经验"] },
      { key: "tour-guitar", chainNode: "tour.theme-park", names: ["吉他文化主题乐园项目"], codes: ["9020", "8870"], investment: [10000, 60000], land: [200, 800], content: "建设吉他文化博物馆、音乐广场、音乐节场地和主题游乐设施", pitch: "项目依托正安吉他产业，打造音乐文化主题旅游目的地。", target: ["具有主题乐园或音乐节运营经验"] },
      { key: "tour-smart", chainNode: "tour.digital", names: ["智慧文旅平台建设运营项目"], codes: ["6579", "6531"], investment: [3000, 15000], content: "建设全域旅游大数据中心、票务分销系统和数字营销平台", pitch: "项目建设县域智慧文旅平台。", target: ["具有智慧文旅平台建设运营经验"] },
      { key: "tour-hub", chainNode: "tour.travel-agency", names: ["旅游集散中心及旅游客运项目"], codes: ["7291", "5422"], investment: [5000, 30000], content: "建设游客集散中心、旅游客运站和旅游专线车队", pitch: "项目建设县域旅游集散和交通服务体系。", target: ["具有旅行社或旅游客运运营经验"] },
      { key: "tour-food-street", chainNode: "tour.catering-retail", names: ["特色美食街区及旅游商品展销中心项目"], codes: ["6210", "5246"], investment: [5000, 30000], content: "建设特色美食街、旅游商品展销中心和夜间消费场景", pitch: "项目打造县城夜间文旅消费集聚区。", target: ["具有商业街区运营经验"] },
    ],
  },
];

import { chainMapSchema, type ChainEdge, type ChainGroup, type ChainMap, type ChainNode, type ChainStage } from "./chain-map.types";

export { chainMapSchema, CHAIN_STAGES } from "./chain-map.types";
export type { ChainEdge, ChainGroup, ChainMap, ChainNode, ChainStage } from "./chain-map.types";

/*
 * Industry-chain map (产业链图谱) for the county's seven industry groups: the default the chain-fit signal
 * uses until an admin edits it.
 *
 * - Nodes carry the words real product lists use (checked against the main_products of the A-share
 *   companies: "锂电池结构件", "底盘与发动机系统", "中药前处理和提取", "农业机械-小轮拖" …) and GB/T 4754-2017
 *   codes (checked against the standard's names and 说明 text), so an enterprise can be placed on a node from
 *   either its codes or its product words.
 * - Edges run supplier → customer. Where the real chain loops (battery recycling feeds cathode material),
 *   the loop is left out on purpose: "upstream of" must stay a partial order for the scorer.
 * - A code may sit on several nodes (3670 covers motors, electronics and chassis parts alike); keywords are
 *   what tells those nodes apart.
 */

/** Keywords are written as one 、-separated string because that is how the bureau's own lists read. */
function node(id: string, name: string, stage: ChainStage, keywords: string, codes: string): ChainNode {
  return { id, name, stage, keywords: keywords.split("、").map((k) => k.trim()).filter(Boolean), industryCodes: codes.split(/\s+/).filter(Boolean) };
}

/** One supplier feeding several customers. */
function feeds(from: string, to: string[]): ChainEdge[] {
  return to.map((t) => ({ from, to: t }));
}

const newEnergyVehicles: ChainGroup = {
  id: "nev",
  name: "新能源汽车",
  nodes: [
    node("nev.lithium", "锂资源及锂盐", "upstream", "锂矿、锂辉石、锂云母、盐湖提锂、碳酸锂、氢氧化锂、锂盐、金属锂、锂精矿", "0939 2613 3239"),
    node("nev.cathode", "正极材料", "upstream", "正极材料、三元材料、三元前驱体、三元正极材料、磷酸铁锂、钴酸锂、锰酸锂、四氧化三钴、硫酸镍、硫酸钴", "3985 3213"),
    node("nev.anode", "负极材料", "upstream", "负极材料、石墨类负极材料、锂离子电池负极材料、人造石墨、天然石墨、硅碳负极、针状焦", "3985 3091"),
    node("nev.electrolyte", "电解液", "upstream", "电解液、六氟磷酸锂、锂电池化学品、锂离子电池化学品、电解质、锂电添加剂", "3985 2669 2613"),
    node("nev.separator", "隔膜", "upstream", "隔膜、锂电池隔膜、湿法隔膜、干法隔膜、涂覆隔膜、基膜", "2921 3985"),
    node("nev.foil", "铜箔铝箔", "upstream", "锂电铜箔、电解铜箔、铜箔、电池铝箔、涂炭铝箔", "3251 3252 3985"),
    node("nev.battery-parts", "电池结构件", "upstream", "锂电池结构件、电池结构件、铝盖板、电池壳体、电芯外壳、连接片、汇流排", "3399 3392"),
    node("nev.battery-equipment", "锂电专用设备", "upstream", "锂电设备、锂电专用设备、涂布机、卷绕机、叠片机、化成分容设备、电池检测设备", "3563"),
    node("nev.power-battery", "动力电池及储能电池", "midstream", "动力电池、锂离子电池、动力锂电池组、电芯、电池模组、电池包、PACK、储能电池、磷酸铁锂电池、锂电池", "3841 3849"),
    node("nev.bms", "电池管理系统", "midstream", "BMS、电池管理系统、电池管理、电池监控", "3829 3841"),
    node("nev.drive-motor", "驱动电机", "midstream", "驱动电机、电机、永磁同步电机、电驱动系统、三合一电驱、电驱总成、新能源汽车电机、电动机", "3812 3670"),
    node("nev.motor-controller", "电控及功率器件", "midstream", "电机控制器、电控、IGBT、功率模块、DC-DC、车载充电机、OBC、电控系统", "3824 3670"),
    node("nev.auto-electronics", "汽车电子", "midstream", "汽车电子、车载信息系统、车载导航、智能座舱、汽车传感器、TPMS、组合仪表、汽车线束、毫米波雷达、车载摄像头、汽车电子电气系统", "3962 3670 3983"),
    node("nev.chassis-body", "底盘车身及通用零部件", "midstream", "汽车零部件、底盘系统、底盘与发动机系统、制动器、盘式制动器、转向、悬架、轮毂、轮毂单元、减速器、冲压件、压铸件、一体化压铸、汽车内饰件、座椅、车身零部件", "3670 3660 3391 3392"),
    node("nev.thermal", "热管理系统", "midstream", "热管理、电动压缩机、热泵空调、换热器、液冷板、电子水泵、汽车空调", "3670 3464"),
    node("nev.charging-equipment", "充换电设备", "midstream", "充电桩、充电机、充电模块、直流充电桩、换电设备、换电柜", "3829 3824"),
    node("nev.vehicle", "整车制造", "downstream", "新能源汽车、纯电动汽车、插电式混合动力、增程式、乘用车、商用车、整车、新能源车整车、电动乘用车", "3612 3611"),
    node("nev.special-vehicle", "专用车及低速电动车", "downstream", "专用车、改装车、环卫车、冷藏车、物流车、电动三轮车、低速电动车、电动农用车", "3630 3640 3612"),
    node("nev.charging-operation", "充换电运营", "downstream", "充电站、换电站、充电运营、充电服务、充换电、光储充", "5267"),
    node("nev.aftermarket", "汽车销售与后市场", "downstream", "汽车经销、4S店、汽车销售、汽车维修、汽车服务、汽车租赁、二手车、汽车零配件销售", "5261 5262 5263 8111 7111"),
    node("nev.recycling", "动力电池回收利用", "downstream", "电池回收、动力电池回收、梯次利用、废旧电池、再生利用、报废汽车拆解、资源综合利用", "4210"),
  ],
  edges: [
    ...feeds("nev.lithium", ["nev.cathode", "nev.electrolyte"]),
    ...feeds("nev.cathode", ["nev.power-battery"]),
    ...feeds("nev.anode", ["nev.power-battery"]),
    ...feeds("nev.electrolyte", ["nev.power-battery"]),
    ...feeds("nev.separator", ["nev.power-battery"]),
    ...feeds("nev.foil", ["nev.power-battery"]),
    ...feeds("nev.battery-parts", ["nev.power-battery"]),
    ...feeds("nev.battery-equipment", ["nev.power-battery"]),
    ...feeds("nev.bms", ["nev.power-battery"]),
    ...feeds("nev.power-battery", ["nev.vehicle", "nev.special-vehicle", "nev.recycling"]),
    ...feeds("nev.drive-motor", ["nev.vehicle", "nev.special-vehicle"]),
    ...feeds("nev.motor-controller", ["nev.vehicle", "nev.special-vehicle", "nev.charging-equipment"]),
    ...feeds("nev.auto-electronics", ["nev.vehicle"]),
    ...feeds("nev.chassis-body", ["nev.vehicle", "nev.special-vehicle"]),
    ...feeds("nev.thermal", ["nev.vehicle"]),
    ...feeds("nev.charging-equipment", ["nev.charging-operation"]),
    ...feeds("nev.vehicle", ["nev.special-vehicle", "nev.aftermarket", "nev.charging-operation", "nev.recycling"]),
  ],
};

const equipmentManufacturing: ChainGroup = {
  id: "equip",
  name: "装备制造",
  nodes: [
    node("equip.metals", "钢材及金属材料", "upstream", "钢材、特钢、板材、型材、铝型材、不锈钢、合金材料", "3130 3120 3252 3240"),
    node("equip.castings", "铸锻件", "upstream", "铸件、锻件、铸造、锻造、压铸件、精密铸造、粉末冶金、钢铁铸件、铸锻", "3391 3392 3393"),
    node("equip.basic-parts", "基础零部件", "upstream", "轴承、齿轮、紧固件、弹簧、密封件、链条、传动件、减速机、机械零部件、通用基础零部件", "3451 3453 3459 3482 3483 3481 3484"),
    node("equip.hydraulics", "液压气动元件", "upstream", "液压件、液压油缸、液压泵、液压阀、气动元件、液压系统、液气密元件", "3444 3446"),
    node("equip.controls", "电机与电气控制", "upstream", "伺服电机、电机、变频器、PLC、控制系统、工控设备、传感器、工业自动控制", "3812 3813 4011 3823"),
    node("equip.machine-tools", "数控机床及工具", "midstream", "数控机床、加工中心、机床、刀具、切削工具、磨具磨料、激光切割设备、机床工具", "3421 3422 3424 3425 3321"),
    node("equip.general-machinery", "通用机械", "midstream", "泵、阀门、压缩机、风机、起重机械、输送设备、物料搬运设备、包装机械、叉车", "3441 3442 3443 3462 3431 3434 3467 3433"),
    node("equip.construction-machinery", "工程及矿山机械", "midstream", "工程机械、挖掘机、装载机、起重机、混凝土机械、桩工机械、矿山机械、凿岩机械、隧道掘进机械、路面机械", "3514 3511 3517"),
    node("equip.structures", "金属结构及精密结构件", "midstream", "钢结构、金属结构、钣金、结构件、精密加工、冲压件、表面处理、热处理", "3311 3484 3360"),
    node("equip.robotics", "工业机器人与智能装备", "midstream", "工业机器人、机器人、自动化生产线、智能装备、机械手、自动化设备、智能制造、增材制造", "3491 3492 3493 3499"),
    node("equip.electrical", "电工电气装备", "midstream", "变压器、开关柜、配电设备、输配电设备、电线电缆、成套设备、输变电设备", "3821 3823 3831"),
    node("equip.special", "专用装备", "midstream", "专用设备、食品机械、环保设备、印刷包装机械、制药设备、建材机械、纺织机械", "3531 3591 3544 3515 3551 3599"),
    node("equip.repair", "设备维修与再制造", "downstream", "设备维修、再制造、维修服务、备件修理、大修", "4320 4330 4310"),
    node("equip.leasing", "设备租赁", "downstream", "设备租赁、融资租赁、工程机械租赁、施工机械租赁", "7113 7119 6631"),
    node("equip.trade", "机电设备流通", "downstream", "机电设备、五金、设备销售、机械设备批发、工矿设备及配件", "5174 5179"),
  ],
  edges: [
    ...feeds("equip.metals", ["equip.castings", "equip.structures", "equip.electrical"]),
    ...feeds("equip.castings", ["equip.basic-parts", "equip.construction-machinery", "equip.general-machinery", "equip.machine-tools"]),
    ...feeds("equip.basic-parts", ["equip.machine-tools", "equip.general-machinery", "equip.construction-machinery", "equip.robotics", "equip.special"]),
    ...feeds("equip.hydraulics", ["equip.construction-machinery", "equip.general-machinery", "equip.robotics"]),
    ...feeds("equip.controls", ["equip.robotics", "equip.machine-tools", "equip.electrical", "equip.special"]),
    ...feeds("equip.machine-tools", ["equip.trade", "equip.repair"]),
    ...feeds("equip.general-machinery", ["equip.trade", "equip.repair"]),
    ...feeds("equip.construction-machinery", ["equip.repair", "equip.leasing", "equip.trade"]),
    ...feeds("equip.robotics", ["equip.repair"]),
    ...feeds("equip.electrical", ["equip.trade"]),
    ...feeds("equip.special", ["equip.repair"]),
  ],
};

const pharmaceuticals: ChainGroup = {
  id: "pharma",
  name: "医药制造",
  nodes: [
    node("pharma.herb-planting", "中药材种植", "upstream", "中药材、中药材种植、药材种苗培植、GAP基地、天麻、杜仲、黄精、白及、太子参、金银花、吴茱萸、半夏、三七、人参", "0171 0179 0511"),
    node("pharma.herb-handling", "中药材产地加工及仓储", "upstream", "中药材初加工、产地加工、药材收购加工、中药材仓储、中药材贸易、中药材销售", "0514 5960 5152"),
    node("pharma.api", "原料药及提取物", "upstream", "原料药、化学原料药、医药中间体、植物提取物、原料药中间体", "2710 1495"),
    node("pharma.excipients", "药用辅料及包装", "upstream", "药用辅料、药用包装、胶囊壳、药用玻璃、药包材、医药包装装潢印刷制品", "2780"),
    node("pharma.equipment", "制药设备", "upstream", "制药设备、制药机械、提取设备、中药前处理设备、包衣机", "3544"),
    node("pharma.decoction", "中药饮片", "midstream", "中药饮片、饮片、中药配方颗粒、配方颗粒、炮制、中药前处理和提取、中药饮片销售", "2730"),
    node("pharma.tcm-patent", "中成药", "midstream", "中成药、片剂、胶囊剂、颗粒剂、丸剂、口服液、贴膏剂、软膏剂、中药合剂、中药注射剂、中药", "2740"),
    node("pharma.chemical", "化学制剂", "midstream", "化学制剂、化学药品、注射剂、大输液、小容量注射液、固体制剂、仿制药、处方药", "2720"),
    node("pharma.biologics", "生物药品", "midstream", "生物制品、疫苗、血液制品、生物药品、单抗、重组蛋白", "2761 2762"),
    node("pharma.health-food", "保健食品与大健康", "midstream", "保健品、保健食品、营养品、药食同源、功能食品、大健康", "1492 1491"),
    node("pharma.vet", "兽药", "midstream", "兽药、兽用生物制品、兽用疫苗、动物保健", "2750"),
    node("pharma.medical-supplies", "卫生材料与医疗器械", "midstream", "医用耗材、卫生材料、医用敷料、医疗器械、体外诊断、医疗设备", "2770 3584 3581 3589"),
    node("pharma.distribution", "医药流通", "downstream", "医药流通、医药商业、医药批发、药品批发、医药配送、医药物流、药品贸易、兽药经销", "5151 5152 5154 5153"),
    node("pharma.retail", "药品零售", "downstream", "药店、连锁药房、零售药店、线下药店、药品零售", "5251 5252"),
    node("pharma.health-services", "医疗及中医康养服务", "downstream", "医院、中医医院、医疗服务、康复、中医养生、健康管理", "8411 8412 8053"),
  ],
  edges: [
    ...feeds("pharma.herb-planting", ["pharma.herb-handling", "pharma.decoction", "pharma.health-food"]),
    ...feeds("pharma.herb-handling", ["pharma.decoction", "pharma.tcm-patent", "pharma.vet"]),
    ...feeds("pharma.api", ["pharma.chemical", "pharma.tcm-patent", "pharma.health-food", "pharma.vet"]),
    ...feeds("pharma.excipients", ["pharma.tcm-patent", "pharma.chemical", "pharma.biologics"]),
    ...feeds("pharma.equipment", ["pharma.decoction", "pharma.tcm-patent", "pharma.chemical"]),
    ...feeds("pharma.decoction", ["pharma.tcm-patent", "pharma.distribution", "pharma.health-services"]),
    ...feeds("pharma.tcm-patent", ["pharma.distribution", "pharma.health-services"]),
    ...feeds("pharma.chemical", ["pharma.distribution"]),
    ...feeds("pharma.biologics", ["pharma.distribution"]),
    ...feeds("pharma.vet", ["pharma.distribution"]),
    ...feeds("pharma.health-food", ["pharma.distribution", "pharma.retail"]),
    ...feeds("pharma.medical-supplies", ["pharma.distribution", "pharma.health-services"]),
    ...feeds("pharma.distribution", ["pharma.retail", "pharma.health-services"]),
  ],
};

const specialtyFood: ChainGroup = {
  id: "food",
  name: "特色食品加工",
  nodes: [
    node("food.chili-raw", "辣椒及特色蔬菜原料", "upstream", "辣椒、朝天椒、鲜椒、干辣椒、方竹笋、魔芋、高山蔬菜", "0141 0123"),
    node("food.tea-raw", "茶叶原料", "upstream", "鲜叶、茶青、毛茶、茶园、茶叶种植", "0164"),
    node("food.grain-raw", "酿酒专用粮及粮油原料", "upstream", "高粱、糯高粱、红缨子高粱、小麦、油菜籽、粮食", "0119 0112 0122"),
    node("food.livestock-raw", "生猪及特色畜禽", "upstream", "生猪、商品猪、肉牛、山羊、土鸡、生态养殖", "0313 0311 0314 0321"),
    node("food.packaging", "食品包装及辅料", "upstream", "包装物、玻璃瓶、玻瓶、陶瓷包装物、纸包装、酒瓶、食品添加剂、食品及饲料添加剂", "2231 3055 2926 1495 3074"),
    node("food.machinery", "食品加工设备", "upstream", "食品机械、酿酒设备、制茶机械、辣椒加工设备、灌装设备、农副产品加工机械", "3531 3532"),
    node("food.chili-seasoning", "辣椒及调味品加工", "midstream", "辣椒制品、辣椒酱、油辣椒、糍粑辣椒、火锅底料、调味品、复合调味料、辣椒红素、酱油、食醋、调味发酵品", "1469 1462 1371"),
    node("food.tea", "精制茶及茶饮品", "midstream", "精制茶、茶加工、茶叶、茶制品、白茶、绿茶、抹茶、速溶茶、茶饮料", "1530 1529"),
    node("food.baijiu", "白酒酿造", "midstream", "白酒、酱香型白酒、酱香酒、基酒、高档酒、中高档白酒、系列酒、酒类、大曲", "1512"),
    node("food.other-liquor", "果酒及配制酒", "midstream", "果酒、配制酒、米酒、黄酒、露酒、刺梨酒", "1519 1514"),
    node("food.fungi-vegetables", "食用菌及果蔬加工", "midstream", "食用菌加工、菌菇制品、香菇、木耳、果蔬加工、脱水蔬菜、竹笋加工、魔芋制品、罐头、果干", "1372 1371 1373 1453"),
    node("food.meat", "肉制品加工", "midstream", "肉制品、腊肉、香肠、火腿、冷鲜肉、低温肉制品、牛肉干、屠宰", "1353 1351 1352"),
    node("food.snacks", "休闲及方便食品", "midstream", "休闲食品、零食、坚果、米粉、方便食品、速冻面米制品、糕点、粽子、烘焙食品", "1431 1432 1439 1419 1411"),
    node("food.prepared-dishes", "预制菜", "midstream", "预制菜、预加工食品、中央厨房、半成品菜、速冻菜肴", "1439 1432"),
    node("food.beverages", "饮料及饮用水", "midstream", "饮用水、软饮料、果汁、刺梨汁、植物蛋白饮料、功能饮品、固体饮料", "1522 1523 1524 1525"),
    node("food.cold-chain", "冷链物流", "downstream", "冷链物流、冷库、低温仓储、冷藏运输", "5930 5432"),
    node("food.trade", "食品流通与电商", "downstream", "食品批发、酒类销售、白酒销售、商超、电商、直播电商、农产品批发市场", "5127 5129 5292 5212"),
    node("food.catering", "餐饮", "downstream", "餐饮、火锅、餐饮连锁、团餐", "6210 6241"),
  ],
  edges: [
    ...feeds("food.chili-raw", ["food.chili-seasoning", "food.fungi-vegetables", "food.prepared-dishes"]),
    ...feeds("food.tea-raw", ["food.tea"]),
    ...feeds("food.grain-raw", ["food.baijiu", "food.other-liquor", "food.snacks"]),
    ...feeds("food.livestock-raw", ["food.meat"]),
    ...feeds("food.packaging", ["food.baijiu", "food.chili-seasoning", "food.beverages", "food.tea", "food.snacks"]),
    ...feeds("food.machinery", ["food.chili-seasoning", "food.tea", "food.baijiu", "food.meat", "food.fungi-vegetables"]),
    ...feeds("food.meat", ["food.prepared-dishes", "food.cold-chain", "food.trade", "food.catering"]),
    ...feeds("food.chili-seasoning", ["food.prepared-dishes", "food.trade", "food.catering"]),
    ...feeds("food.tea", ["food.trade"]),
    ...feeds("food.baijiu", ["food.trade"]),
    ...feeds("food.other-liquor", ["food.trade"]),
    ...feeds("food.fungi-vegetables", ["food.cold-chain", "food.trade"]),
    ...feeds("food.snacks", ["food.trade"]),
    ...feeds("food.prepared-dishes", ["food.cold-chain", "food.trade", "food.catering"]),
    ...feeds("food.beverages", ["food.trade"]),
  ],
};

const hillAgriMachinery: ChainGroup = {
  id: "agmach",
  name: "山地农机设备",
  nodes: [
    node("agmach.materials", "钢材及铸锻件", "upstream", "钢材、铸件、锻件、铸配件、钢铁铸件、铸造原辅材料", "3130 3391 3393"),
    node("agmach.engines", "小型动力", "upstream", "柴油机、汽油机、小型汽油机、内燃机、内燃机及配套机组、通用动力", "3412"),
    node("agmach.transmission", "传动及液压部件", "upstream", "齿轮箱、变速箱、提升器、提升器总成、液压件、车辆用液压系统、链条、轴承、离合器", "3453 3459 3444 3451"),
    node("agmach.parts", "农机配件", "upstream", "农机配件、旋耕刀、犁铧、刀片、农林牧渔机械配件", "3576 3323"),
    node("agmach.electronics", "农机电子与导航", "upstream", "北斗导航、农机自动驾驶、农机监测终端、飞控、农业传感器", "4024 3983"),
    node("agmach.micro-tiller", "微耕机与田园管理机", "midstream", "微耕机、田园管理机、旋耕机、耕整地机械、开沟机、小型耕整机", "3572"),
    node("agmach.tractor", "丘陵山地拖拉机", "midstream", "拖拉机、山地拖拉机、履带拖拉机、轮式拖拉机、小轮拖、中轮拖、履拖", "3571"),
    node("agmach.planting-harvest", "种植及收获机械", "midstream", "播种机、插秧机、移栽机、收获机械、收割机、联合收割机、采茶机、种植机械", "3572"),
    node("agmach.plant-protection", "植保机械与植保无人机", "midstream", "植保机械、植保无人机、喷雾机、打药机、弥雾机", "3572 3963"),
    node("agmach.orchard-garden", "林果园林机械", "midstream", "园林工具、割灌机、油锯、割草机、绿篱修剪机、果园作业平台、林果业机械、林业机械", "3572 3573"),
    node("agmach.post-harvest", "农产品初加工机械", "midstream", "烘干机、杀青机、揉捻机、制茶机械、粮油加工机械、农副加工机械、脱粒机、辣椒烘干设备", "3579 3532 3531"),
    node("agmach.livestock-facility", "畜牧及设施农业装备", "midstream", "畜牧机械、饲料机械、温室设备、节水灌溉设备、水肥一体化设备、农牧机械", "3574 3579"),
    node("agmach.transport", "山地轨道运输机与农用运输车", "midstream", "轨道运输机、单轨运输车、农用运输车、农用三轮车、履带运输车", "3579 3640"),
    node("agmach.dealers", "农机流通", "downstream", "农机销售、农机流通、农机经销、零售农业机械、农机连锁", "5171"),
    node("agmach.services", "农机社会化服务", "downstream", "农机服务、农业机械服务、代耕代种、农机作业、植保服务、农机合作社、托管服务", "0512 0515 0519"),
    node("agmach.leasing-repair", "农机租赁与维修", "downstream", "农机租赁、农机维修、维修服务", "7112 4330"),
  ],
  edges: [
    ...feeds("agmach.materials", ["agmach.micro-tiller", "agmach.tractor", "agmach.planting-harvest", "agmach.orchard-garden", "agmach.post-harvest", "agmach.transport"]),
    ...feeds("agmach.engines", ["agmach.micro-tiller", "agmach.tractor", "agmach.planting-harvest", "agmach.orchard-garden", "agmach.plant-protection", "agmach.transport"]),
    ...feeds("agmach.transmission", ["agmach.micro-tiller", "agmach.tractor", "agmach.planting-harvest", "agmach.transport"]),
    ...feeds("agmach.parts", ["agmach.micro-tiller", "agmach.tractor", "agmach.planting-harvest"]),
    ...feeds("agmach.electronics", ["agmach.tractor", "agmach.plant-protection", "agmach.planting-harvest"]),
    ...feeds("agmach.micro-tiller", ["agmach.dealers", "agmach.services", "agmach.leasing-repair"]),
    ...feeds("agmach.tractor", ["agmach.dealers", "agmach.services", "agmach.leasing-repair"]),
    ...feeds("agmach.planting-harvest", ["agmach.dealers", "agmach.services", "agmach.leasing-repair"]),
    ...feeds("agmach.plant-protection", ["agmach.dealers", "agmach.services"]),
    ...feeds("agmach.orchard-garden", ["agmach.dealers"]),
    ...feeds("agmach.post-harvest", ["agmach.dealers"]),
    ...feeds("agmach.livestock-facility", ["agmach.dealers"]),
    ...feeds("agmach.transport", ["agmach.dealers", "agmach.services"]),
    ...feeds("agmach.dealers", ["agmach.services", "agmach.leasing-repair"]),
  ],
};

const hillAgriculture: ChainGroup = {
  id: "agri",
  name: "山地高效农业",
  nodes: [
    node("agri.seeds", "种子种苗", "upstream", "种子、种苗、育苗、组培苗、茶苗、辣椒种子、蔬菜瓜果种子、菌种、苗木", "0511 0212"),
    node("agri.inputs", "肥料农药等农资", "upstream", "有机肥、复合肥、生物有机肥、微生物肥料、专用肥、农药、生物农药、农资", "2625 2624 2631 2632 5166 5167"),
    node("agri.facilities", "设施农业与灌溉", "upstream", "大棚、温室、智能温室、节水灌溉、水肥一体化、农用薄膜", "2921 2922 0513"),
    node("agri.tech", "农业科技服务", "upstream", "农业技术服务、农业科研、农技推广、智慧农业、农业信息化", "7330 7511"),
    node("agri.tea", "生态茶园", "midstream", "茶叶种植、茶园、白茶、有机茶、茶叶基地、茶青", "0164"),
    node("agri.chili-vegetables", "辣椒及高山蔬菜", "midstream", "辣椒种植、辣椒基地、高山蔬菜、蔬菜基地、方竹笋、魔芋种植", "0141 0123"),
    node("agri.fungi", "食用菌种植", "midstream", "食用菌、香菇、羊肚菌、木耳、金针菇、杏鲍菇、真姬菇、菌棒、菌菇", "0142"),
    node("agri.fruits", "精品水果及坚果", "midstream", "水果、果园、猕猴桃、蓝莓、李子、柑橘、核桃、油茶、刺梨、果品", "0151 0153 0159 0161 0162"),
    node("agri.forest-herbs", "林下经济与中药材", "midstream", "林下种植、林下经济、中药材种植、天麻、黄精、竹笋、林业", "0171 0179 0252"),
    node("agri.livestock", "生态畜禽养殖", "midstream", "生猪养殖、肉牛养殖、黄牛、山羊、生态鸡、养殖基地、种猪、商品猪", "0313 0311 0314 0321"),
    node("agri.aquaculture", "冷水鱼及生态渔业", "midstream", "冷水鱼、水产养殖、稻田养鱼、鲟鱼、生态渔业", "0412"),
    node("agri.grain", "酿酒专用粮及粮油", "midstream", "高粱、糯高粱、水稻、玉米、油菜、粮食作物、订单粮食", "0111 0113 0119 0122"),
    node("agri.primary-processing", "产地初加工与仓储", "downstream", "农产品初加工、分拣、烘干、产地冷藏、农产品仓储、冷库", "0514 5959 5930"),
    node("agri.market", "农产品流通与电商", "downstream", "农产品批发、农产品电商、农批市场、果品批发、蔬菜批发、订单农业", "5119 5123 5292 7223"),
    node("agri.agritourism", "休闲农业与农旅融合", "downstream", "休闲农业、农旅融合、采摘园、田园综合体、观光农业", "9030"),
  ],
  edges: [
    ...feeds("agri.seeds", ["agri.tea", "agri.chili-vegetables", "agri.fungi", "agri.fruits", "agri.forest-herbs", "agri.grain"]),
    ...feeds("agri.inputs", ["agri.tea", "agri.chili-vegetables", "agri.fruits", "agri.forest-herbs", "agri.grain"]),
    ...feeds("agri.facilities", ["agri.chili-vegetables", "agri.fungi", "agri.fruits"]),
    ...feeds("agri.tech", ["agri.tea", "agri.chili-vegetables", "agri.fungi", "agri.fruits", "agri.livestock"]),
    ...feeds("agri.tea", ["agri.primary-processing", "agri.market", "agri.agritourism"]),
    ...feeds("agri.chili-vegetables", ["agri.primary-processing", "agri.market"]),
    ...feeds("agri.fungi", ["agri.primary-processing", "agri.market"]),
    ...feeds("agri.fruits", ["agri.primary-processing", "agri.market", "agri.agritourism"]),
    ...feeds("agri.forest-herbs", ["agri.primary-processing", "agri.market"]),
    ...feeds("agri.livestock", ["agri.market"]),
    ...feeds("agri.aquaculture", ["agri.market", "agri.agritourism"]),
    ...feeds("agri.grain", ["agri.primary-processing", "agri.market"]),
    ...feeds("agri.primary-processing", ["agri.market"]),
  ],
};

const cultureTourism: ChainGroup = {
  id: "tour",
  name: "文化旅游",
  nodes: [
    node("tour.planning", "规划设计与文旅策划", "upstream", "旅游规划、文旅策划、景观设计、规划设计、工程设计", "7484 7485 7492"),
    node("tour.construction", "景区建设与园林工程", "upstream", "园林绿化、景观工程、游乐设施工程、古建筑修缮、装修装饰、文旅工程", "4891 4893 5011"),
    node("tour.equipment", "游乐及文旅装备", "upstream", "游乐设备、游乐设施、客运索道、观光车、房车、露营装备、灯光秀、舞台灯光", "2461 3436 3873 3780"),
    node("tour.digital", "智慧文旅与数字内容", "upstream", "智慧旅游、数字文旅、沉浸式体验、VR、数字内容、票务系统", "6579 6531 6432"),
    node("tour.scenic", "景区开发运营", "midstream", "景区、景区运营、景区经营、景区门票、自然景区、人工景区、森林公园、风景名胜区、索道运营、游船", "7861 7862 7869"),
    node("tour.hotel", "度假酒店", "midstream", "酒店、度假酒店、旅游饭店、酒店管理、酒店经营、客房、温泉", "6110 8051"),
    node("tour.homestay-camping", "民宿与露营", "midstream", "民宿、精品民宿、露营地、房车营地、乡村旅游", "6130 6140"),
    node("tour.performing", "演艺与节庆", "midstream", "演艺、实景演出、印象演出、文艺演出、节庆活动、非遗展演", "8810 8820 9051"),
    node("tour.creative", "文创与非遗工艺", "midstream", "文创产品、工艺美术品、非遗、手工艺品、旅游商品、竹编、蜡染", "2439 2431 2435 8840"),
    node("tour.wellness", "康养度假", "midstream", "康养、森林康养、养老、中医养生、康复疗养、健康养生", "8053 8416 8514"),
    node("tour.theme-park", "主题乐园与研学营地", "midstream", "主题乐园、游乐园、研学、研学旅行、户外拓展、体育旅游、漂流", "9020 8930 8399"),
    node("tour.travel-agency", "旅行社与旅游服务", "downstream", "旅行社、旅游服务、组团、旅游综合服务、导游", "7291"),
    node("tour.transport", "旅游交通", "downstream", "旅游客运、旅游专线、观光巴士", "5422"),
    node("tour.catering-retail", "餐饮与旅游零售", "downstream", "餐饮、特色餐饮、旅游零售、特产店、旅游商品销售", "6210 6291 5246"),
    node("tour.marketing", "文旅营销与传媒", "downstream", "整合营销、旅游营销、广告、短视频、会展、影视拍摄", "7259 7251 7284 8730"),
  ],
  edges: [
    ...feeds("tour.planning", ["tour.scenic", "tour.hotel", "tour.homestay-camping", "tour.theme-park", "tour.wellness"]),
    ...feeds("tour.construction", ["tour.scenic", "tour.theme-park", "tour.hotel"]),
    ...feeds("tour.equipment", ["tour.scenic", "tour.theme-park", "tour.performing", "tour.homestay-camping"]),
    ...feeds("tour.digital", ["tour.scenic", "tour.performing", "tour.marketing"]),
    ...feeds("tour.scenic", ["tour.travel-agency", "tour.transport", "tour.catering-retail", "tour.marketing"]),
    ...feeds("tour.hotel", ["tour.travel-agency", "tour.catering-retail"]),
    ...feeds("tour.homestay-camping", ["tour.travel-agency"]),
    ...feeds("tour.performing", ["tour.travel-agency", "tour.marketing"]),
    ...feeds("tour.creative", ["tour.catering-retail"]),
    ...feeds("tour.wellness", ["tour.travel-agency"]),
    ...feeds("tour.theme-park", ["tour.travel-agency", "tour.catering-retail"]),
  ],
};

/** The default chain map, validated at load so a bad edit fails at startup, not in a match run. */
export const DEFAULT_CHAIN_MAP: ChainMap = chainMapSchema.parse({
  groups: [newEnergyVehicles, equipmentManufacturing, pharmaceuticals, specialtyFood, hillAgriMachinery, hillAgriculture, cultureTourism],
});

/** Looks up a group of the default map by its name (e.g. "医药制造"). */
export function findChainGroup(name: string, map: ChainMap = DEFAULT_CHAIN_MAP): ChainGroup | undefined {
  return map.groups.find((g) => g.name === name);
}

/** Every GB/T code on the group's nodes of the given stages, sorted and de-duplicated. */
export function chainGroupIndustryCodes(group: ChainGroup, stages: readonly ChainStage[] = ["midstream"]): string[] {
  const codes = new Set(group.nodes.filter((n) => stages.includes(n.stage)).flatMap((n) => n.industryCodes));
  return [...codes].sort();
}

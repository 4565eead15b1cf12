"""kg ingest: people and their posts (person, role, organization), on invented sentences.

The cases come in two halves: ``BUILD`` (the patterns the rules were written from) and
``CHECK`` (written apart, to see how the rules carry over to sentences they were not made
on). Every name here is made up. A post is right when the person, the organization and
the role are, the role compared as ``kg.ingest.score`` compares it (equal, or one holding the
other, so "director" fits "director of the technology program").
"""

from __future__ import annotations

import pytest

from kg.ingest.extract import extract, slug
from kg.ingest.gazetteer import Gazetteer
from kg.ingest.people import role_name
from kg.ingest.score import norm

GAZ = Gazetteer(
    [
        ("riverton", "Riverton", ["City"]),
        ("eastlake-district", "Eastlake District", ["District"]),
        ("riverton-science-commission", "Riverton Municipal Science and Technology Commission", ["Commission"]),
        ("northgate-university", "Northgate University", ["University"]),
        ("harbor-institute", "Harbor Institute of Physics", ["ResearchInstitute"]),
        ("bluefin-capital", "Bluefin Capital", ["Investor"]),
        ("riverton-academy", "Riverton Academy of Sciences", ["Academy"]),
        ("oakridge-park", "Oakridge Science Park", ["SciencePark"]),
        ("mira-holt", "Mira Holt", ["Person"]),
        ("head", "head", ["Role"]),
        ("director", "director", ["Role"]),
        ("deputy-director", "deputy director", ["Role"]),
        ("party-chief", "Party chief", ["Role"]),
        ("vice-mayor", "vice-mayor", ["Role"]),
        ("professor", "professor", ["Role"]),
        ("president", "president", ["Role"]),
        ("partner", "partner", ["Role"]),
    ],
    {"eastlake-district": ["Eastlake"], "riverton-science-commission": ["Riverton Science Commission"]},
)

#: The confidence a candidate needs to be written to the draft (``kg ingest`` by default).
DRAFT_CONFIDENCE = 0.5

Post = tuple[str, str, str]  # person, role, organization (a known id or a new entity's name)

#: Sentences the rules were built on.
BUILD: list[tuple[str, set[Post]]] = [
    # a division of a body: the post is the body's (the division is in the title)
    (
        "Tang Weihua, director of the Technology Market and Services Division of the Riverton Municipal Science and "
        "Technology Commission, said so. Yin Shao, head of the Surveying, Mapping and Geographic Information "
        "Division of Northgate University, agreed.",
        {
            ("Tang Weihua", "director", "riverton-science-commission"),
            ("Yin Shao", "head", "northgate-university"),
        },
    ),
    # "our" in a speaker's words: the organization the text is about; "is also a"
    (
        "The Riverton Center for Batteries opened in 2021 and the center now has 300 staff. "
        "Ning Yibo, our deputy director, is in charge of that. Mira Holt is also a professor at Northgate University.",
        {
            ("Ning Yibo", "deputy director", "Riverton Center for Batteries"),
            ("Mira Holt", "professor", "northgate-university"),
        },
    ),
    # a person named once in full, then by one word of the name
    (
        "On the other side of the city, Mei Lanfang has spent two years on a new chip. Mei is co-founder and "
        "chief technology officer of Jinhai Microfluidics, a company in Eastlake.",
        {
            ("Mei Lanfang", "co-founder", "Jinhai Microfluidics"),
            ("Mei Lanfang", "chief technology officer", "Jinhai Microfluidics"),
        },
    ),
    (
        "When Bo Qingshan arrived in 2023 to run the newly founded Riverton Center for Photonics Engineering, the "
        "center was small. Bo, who is the center's director and also a professor at Northgate University, said so.",
        {
            ("Bo Qingshan", "director", "Riverton Center for Photonics Engineering"),
            ("Bo Qingshan", "professor", "northgate-university"),
        },
    ),
    (
        "Wen Hao, Party secretary of Eastlake District, said the district would build two more labs.",
        {("Wen Hao", "Party secretary", "eastlake-district")},
    ),
    (
        "Guo Lin, a researcher at the Harbor Institute of Physics, said the results were preliminary.",
        {("Guo Lin", "researcher", "harbor-institute")},
    ),
    (
        "The Center for Marine Robotics opened in May. Its director, Tang Yiming, said it would hire 40 engineers.",
        {("Tang Yiming", "director", "Center for Marine Robotics")},
    ),
    (
        "Northgate University filed 300 patents last year. Shao Kai, who heads the university's robotics "
        "committee, said more would follow.",
        {("Shao Kai", "head of the robotics committee", "northgate-university")},
    ),
    (
        "The Riverton Quantum Sensing Laboratory opened on Monday. “We are hiring,” said Peng Ruoxi, who directs "
        "the new laboratory.",
        {("Peng Ruoxi", "director", "Riverton Quantum Sensing Laboratory")},
    ),
    (
        "Riverton opened eight labs in 2023. Deputy mayor Luo Wenbin said the city would spend 3 billion yuan "
        "on new equipment.",
        {("Luo Wenbin", "deputy mayor", "riverton")},
    ),
    (
        "We will keep the review open to all applicants.\n\nCao Meiling, Director, Oakridge Science Park "
        "Management Office\n",
        {("Cao Meiling", "director", "Oakridge Science Park Management Office")},
    ),
    (
        "Dr. Emily Carter, chief scientist at Brightwater Robotics Co., said demand was strong.",
        {("Emily Carter", "chief scientist", "Brightwater Robotics Co")},
    ),
    (
        "Prof. Xu Jiayi of Northgate University said the lab had published 50 papers.",
        {("Xu Jiayi", "professor", "northgate-university")},
    ),
    (
        "The Riverton Municipal Science and Technology Commission released its budget. The commission's director "
        "Yan Bo said the 2025 program would fund 80 projects.",
        {("Yan Bo", "director", "riverton-science-commission")},
    ),
    (
        "Hannah Moore, founder and CEO of Brightpath Analytics, said the firm would raise more money.",
        {("Hannah Moore", "founder", "Brightpath Analytics"), ("Hannah Moore", "CEO", "Brightpath Analytics")},
    ),
    ("By Liang Qiu | Riverton Daily | Updated: 2024-03-01\n\nRiverton opened a lab.", set()),
    ("Posted on March 3, 2024 by Ning Jie | Filed under Science\n\nThe lab opened.", set()),
    ("“It is a good start,” said Han Lu. “We will see.”", set()),
    (
        "Ji Xiaoming is a senior fellow at the Riverton Institute for Policy Studies and leads its energy program.",
        {
            ("Ji Xiaoming", "senior fellow", "Riverton Institute for Policy Studies"),
            ("Ji Xiaoming", "leader of the energy program", "Riverton Institute for Policy Studies"),
        },
    ),
    (
        "Northgate University president Karen Liu said the campus would open in 2026.",
        {("Karen Liu", "president", "northgate-university")},
    ),
    (
        "Vice-mayor Du Jianguo told reporters that Riverton would open a new science park.",
        {("Du Jianguo", "vice-mayor", "riverton")},
    ),
    (
        "Bai Xue, dean of the School of Materials at Northgate University, said the school had 120 staff.",
        # (named with its university: another university's School of Materials is another school)
        {("Bai Xue", "dean", "School of Materials at Northgate University")},
    ),
    ("Lanxin Robotics, a startup spun out of Northgate University, raised 200 million yuan.", set()),
    (
        "The Riverton Municipal Science and Technology Commission approved 40 grants. Ren Fei, deputy director of "
        "the commission, said applications rose 20 percent.",
        {("Ren Fei", "deputy director", "riverton-science-commission")},
    ),
    (
        "Sarah Lindqvist, an economist at the Riverton Institute for Policy Studies, said growth would slow.",
        {("Sarah Lindqvist", "economist", "Riverton Institute for Policy Studies")},
    ),
    (
        "Ma Li, deputy head of Eastlake District, opened the forum on Tuesday.",
        {("Ma Li", "deputy head", "eastlake-district")},
    ),
    (
        "Eastlake District added two parks. Deputy District Mayor Zhao Lei said more would follow.",
        {("Zhao Lei", "Deputy District Mayor", "eastlake-district")},
    ),
    (
        "The Riverton Municipal Science and Technology Commission met on Monday. “We are on track,” said Deputy "
        "Director Meng Jun of the commission.",
        {("Meng Jun", "Deputy Director", "riverton-science-commission")},
    ),
    (
        "The Riverton Genomics Center grew fast. Professor Lu Min, who chairs the center's ethics board, said the "
        "rules would change.",
        {("Lu Min", "chair", "Riverton Genomics Center")},
    ),
    (
        "The Riverton Quantum Lab opened in May. Professor Du Wen, dean of the School of Materials, will serve as "
        "the lab's founding director.",
        {("Du Wen", "dean", "School of Materials"), ("Du Wen", "founding director", "Riverton Quantum Lab")},
    ),
    (
        "Lin Feng, who became head of Bluefin Capital in 2021, said valuations were high.",
        {("Lin Feng", "head", "bluefin-capital")},
    ),
    (
        "The Riverton Genomics Center, headed by Li Na, sequenced 9,000 samples.",
        {("Li Na", "head", "Riverton Genomics Center")},
    ),
    (
        "The Harbor Institute of Physics hosted the workshop. Owen Tan, a visiting scholar from Northgate "
        "University, gave the first talk.",
        {("Owen Tan", "visiting scholar", "harbor-institute")},
    ),
    (
        "Li Na, chairman of the board of Tidewater Robotics, said sales rose.",
        {("Li Na", "chairman", "Tidewater Robotics")},
    ),
    (
        "Li Na, 45, chief executive of Tidewater Robotics, said sales rose.",
        {("Li Na", "chief executive", "Tidewater Robotics")},
    ),
    (
        "Li Na, lead author of the report and a senior fellow at the Capital Innovation Observatory, said Riverton "
        "led the index.",
        {("Li Na", "senior fellow", "Capital Innovation Observatory")},
    ),
    (
        "Northgate University President Zhang Wei said the campus would grow.",
        {("Zhang Wei", "president", "northgate-university")},
    ),
    (
        "The Capital Innovation Observatory published its index. Li Na, a senior fellow at the observatory, said "
        "Riverton led.",
        {("Li Na", "senior fellow", "Capital Innovation Observatory")},
    ),
    (
        "Northgate University and Bluefin Capital opened a joint lab, the university's first in Riverton. The "
        "university will fund half of it. “It is a start,” said President Hou Yang at the ceremony.",
        {("Hou Yang", "President", "northgate-university")},
    ),
    (
        "The Riverton Shared Instrument Platform opened in May. We asked Shen Yi, the platform's general manager, "
        "how it went.",
        {("Shen Yi", "general manager", "Riverton Shared Instrument Platform")},
    ),
    ("Riverton Weekly: How big is the lab?\n\nTang Bo: We have 40 staff and two directors.", set()),
    # speaker labels of a press-conference transcript: "Name (host; role of ORG):", "Name (role, ORG):"
    (
        "Wen Li (host; spokesperson of the Riverton Municipal Science and Technology Commission): Good afternoon."
        "\n\nReporter (Riverton Evening News): How many labs opened?\n\nPan Hui: Twelve.",
        {("Wen Li", "spokesperson", "riverton-science-commission")},
    ),
    (
        "Pan Hui (deputy director, Riverton Municipal Bureau of Commerce): Exports rose 8 percent in the first half.",
        {("Pan Hui", "deputy director", "Riverton Municipal Bureau of Commerce")},
    ),
    # a name of which "People's" is a part goes on past it
    (
        "Qin Hao (spokesperson of the Riverton Municipal People's Government): The city has 40 labs.",
        {("Qin Hao", "spokesperson", "Riverton Municipal People's Government")},
    ),
    # a title for a field before the name, held in the body a one-word possessive stands for
    (
        "The Lakeshore Institute of Optics opened in May. Lakeshore's director for international cooperation, "
        "Ding Rui, said it would hire 30 people.",
        {("Ding Rui", "director for international cooperation", "Lakeshore Institute of Optics")},
    ),
    # an author's bio: a post, a "where" clause after it, and an assistant at "the institute"
    (
        "About the authors. Han Jing is a senior fellow at the Delta Institute for Policy, where he leads the energy "
        "program. Cao Yu is a research assistant at the institute.",
        {
            ("Han Jing", "senior fellow", "Delta Institute for Policy"),
            ("Han Jing", "leader of the energy program", "Delta Institute for Policy"),
            ("Cao Yu", "research assistant", "Delta Institute for Policy"),
        },
    ),
    # an organ of an organization named before: "the park's management committee"
    (
        "Oakridge Science Park added 30 firms. Lu Ping, director of the park's management committee, said more "
        "would come.",
        {("Lu Ping", "director", "Oakridge Science Park Management Committee")},
    ),
    # a name with accents; a planner is a role; "in the X Programme at Y" is held at Y
    (
        "Dr. Helena Kovač, a principal investigator at the Lakeside Institute for Materials, moved here in 2022.",
        {("Helena Kovač", "principal investigator", "Lakeside Institute for Materials")},
    ),
    (
        "Hillcrest Farming shipped 2,300 drones, according to Lü Siyuan, its chief technology officer.",
        {("Lü Siyuan", "chief technology officer", "Hillcrest Farming")},
    ),
    (
        'A survey by the Lakeside Institute of Spatial Planning came out in March. "People commute," said '
        "Bai Xuemei, a senior planner at the institute who led the survey.",
        {("Bai Xuemei", "senior planner", "Lakeside Institute of Spatial Planning")},
    ),
    # a second post after "and a"; a centre named for its field is the centre
    (
        "Shi Yuhan is a senior fellow in the Urban Systems Programme at the Lakeside Centre for Technology Policy. "
        "Dan Okafor is a research associate at the centre and a lecturer in management at Northgate University.",
        {
            ("Shi Yuhan", "senior fellow", "Lakeside Centre for Technology Policy"),
            ("Dan Okafor", "research associate", "Lakeside Centre for Technology Policy"),
            ("Dan Okafor", "lecturer", "northgate-university"),
        },
    ),
    # a short name in the possessive: the organization named in full before
    (
        "A case in point is Moshan Intelligence, the lab behind the Lingxi models. Dong Shuyi, Moshan's head of "
        "platform, told me that calls rose.",
        {("Dong Shuyi", "head of platform", "Moshan Intelligence")},
    ),
    # a body's name with "and" inside it: one body, not two
    (
        "Chang Yanhong, deputy director of the Pinggu District Bureau of Agriculture and Rural Affairs, said so. "
        "Xue Manni, director of the Haidian District Government Service and Data Management Bureau, agreed.",
        {
            ("Chang Yanhong", "deputy director", "Pinggu District Bureau of Agriculture and Rural Affairs"),
            ("Xue Manni", "director", "Haidian District Government Service and Data Management Bureau"),
        },
    ),
    # the firm a place is the base of; a post "at" a name that is no person's; a clinician's post
    (
        "Huo Lingyan, general manager of Changping-based Xingdian Sensing Technology, said sales rose. Fang Ruolan, "
        "head of product at Mingshi Learning, said so. Kong Lixia, a radiologist at Beijing Tiantan Hospital, agreed.",
        {
            ("Huo Lingyan", "general manager", "Xingdian Sensing Technology"),
            ("Fang Ruolan", "head of product", "Mingshi Learning"),
            ("Kong Lixia", "radiologist", "Beijing Tiantan Hospital"),
        },
    ),
    # students' places and non-resident fellows
    (
        "Tomás Herrera is a third-year doctoral student in materials science at Northgate University. Dong Yiran, "
        "a non-resident fellow of the Beihai Institute for Innovation Studies, wrote it.",
        {
            ("Tomás Herrera", "doctoral student", "northgate-university"),
            ("Dong Yiran", "non-resident fellow", "Beihai Institute for Innovation Studies"),
        },
    ),
    # "chief" and what the chief is, one role
    (
        "Ding Ke, chief strategist at Huaxia Yongtai Securities, said valuations had come back.",
        {("Ding Ke", "chief strategist", "Huaxia Yongtai Securities")},
    ),
    # a facility's staff; a second post said with "and heads its"; "she" and "he" for the person named
    # before; an age before the verb; a place between the body and "was founded by"; "joined X as"
    (
        "The Kestrel Imaging Facility opened in 2023. Its beamlines served 300 teams last year, says Wen Yulan, "
        "the facility's director.",
        {("Wen Yulan", "director", "Kestrel Imaging Facility")},
    ),
    (
        "Tan Ruolin, who heads the user office at the Xiling Neutron Facility, said demand doubled.",
        {("Tan Ruolin", "head of the user office", "Xiling Neutron Facility")},
    ),
    (
        "Hu Lanxin is a senior fellow at the Dongpo Institute for Innovation Policy and heads its venture finance "
        "programme.",
        {
            ("Hu Lanxin", "senior fellow", "Dongpo Institute for Innovation Policy"),
            ("Hu Lanxin", "head of the venture finance programme", "Dongpo Institute for Innovation Policy"),
        },
    ),
    (
        "Lu Kaiwen is a research fellow at the Harbor Institute of Physics and directs its quantum materials "
        "programme.",
        {
            ("Lu Kaiwen", "research fellow", "harbor-institute"),
            ("Lu Kaiwen", "director of the quantum materials programme", "harbor-institute"),
        },
    ),
    (
        "Guo Peiyu grew up in Eastlake District. She is chief engineer at Lantu Robotics.",
        {("Guo Peiyu", "chief engineer", "Lantu Robotics")},
    ),
    (
        "Bai Shuying spent a decade abroad. He is now chief scientist of Fenglin Biotech.",
        {("Bai Shuying", "chief scientist", "Fenglin Biotech")},
    ),
    (
        "Ke Wenjun studied in Riverton. Yunhe Navigation, the chip company she founded in 2018, employs 80 people.",
        {("Ke Wenjun", "founder", "Yunhe Navigation")},
    ),
    (
        "Cao Yuwei returned from Riverton in 2015. Tianlan Photonics, the laser firm he co-founded a year later, "
        "now has 120 staff.",
        {("Cao Yuwei", "co-founder", "Tianlan Photonics")},
    ),
    ("Mao Xinran, 41, founded Qingcheng Materials in 2019.", {("Mao Xinran", "founder", "Qingcheng Materials")}),
    (
        "Yao Chenxi, 35, co-founded Jingrui Sensors with two classmates.",
        {("Yao Chenxi", "co-founder", "Jingrui Sensors")},
    ),
    (
        "Shanwei Technology, in the Oakridge Science Park, was co-founded in 2022 by Dou Lihua.",
        {("Dou Lihua", "co-founder", "Shanwei Technology")},
    ),
    (
        "Mingda Robotics, based in Eastlake District, was founded in 2017 by Zou Yiran.",
        {("Zou Yiran", "founder", "Mingda Robotics")},
    ),
    (
        "Deng Hao spent six years in Riverton. He later joined Xinghe Batteries as chief technology officer.",
        {("Deng Hao", "chief technology officer", "Xinghe Batteries")},
    ),
    (
        "Song Lei joined the Harbor Institute of Physics in 2019 as a lecturer.",
        {("Song Lei", "lecturer", "harbor-institute")},
    ),
    # a unit whose field is the last word of a firm named before ("the aerospace office" is no "X Aerospace");
    # "who manages it"; "previously worked as"
    (
        "Tianjian Aerospace launched two rockets. The area backed it, said Qi Fengming, head of the aerospace "
        "office of the Riverton Municipal Science and Technology Commission.",
        {("Qi Fengming", "head of the aerospace office", "riverton-science-commission")},
    ),
    (
        "The Seed Valley Breeding Platform opened in 2024. Zuo Tianhao, who manages it, says demand is high.",
        {("Zuo Tianhao", "manager", "Seed Valley Breeding Platform")},
    ),
    (
        "Dong Meijia is a research associate at the Harbor Institute of Physics; she previously worked as a "
        "mechanical engineer at Tianqi Robotics.",
        {
            ("Dong Meijia", "research associate", "harbor-institute"),
            ("Dong Meijia", "mechanical engineer", "Tianqi Robotics"),
        },
    ),
    # a unit led: its leader (as "where she leads" says); a body named after the unit is the post's, not one
    # named before whose words the unit's name shares; a thing run ("a robotics club") is no post
    (
        "Fan Qiuyue, who leads the index team at the Harbor Institute of Physics, said so.",
        {("Fan Qiuyue", "leader of the index team", "harbor-institute")},
    ),
    (
        "The Office of Technology Transfer of Riverton Academy of Sciences grew. Ruan Weiqing joined in May. She "
        "was previously director of the technology transfer office at Northgate University.",
        {("Ruan Weiqing", "director", "northgate-university")},
    ),
    (
        "Northgate University opened a plant. Professor Yan Qiu, who chairs the university's technology transfer "
        "committee, said so.",
        {("Yan Qiu", "chair", "northgate-university")},
    ),
    ("Ma Yiran is our lead engineer; on Saturdays she runs a robotics club at Bluefin Capital.", set()),
    ('"Riverton writes the code, but the Yangtze River Delta runs it," said Meng Qiaoyun.', set()),
    # "who joined X as", "joined the institute as", "spent twelve years as ... at", "and serves as its ..."; "he"
    # is a person named before, not a firm's name of no known kind
    (
        "Mu Xiaolan, who joined Bluefin Capital as chief operating officer last year, said so.",
        {("Mu Xiaolan", "chief operating officer", "bluefin-capital")},
    ),
    (
        "The Harbor Institute of Physics grew. Gu Ruolan joined the institute as a research associate in 2024.",
        {("Gu Ruolan", "research associate", "harbor-institute")},
    ),
    (
        "Sang Jie, spent twelve years as a bridge engineer at the Harbor Institute of Physics before founding "
        "Qiaoyan Robotics.",
        {("Sang Jie", "bridge engineer", "harbor-institute")},
    ),
    (
        "Dai Shengli, who founded Tianmu Sensing in 2020 and serves as its chief executive, spoke.",
        {("Dai Shengli", "founder", "Tianmu Sensing"), ("Dai Shengli", "chief executive", "Tianmu Sensing")},
    ),
    (
        "Xue Mingyang is chief engineer at Jingtan Composites. He also co-founded Tanhuan Technology in 2019.",
        {
            ("Xue Mingyang", "chief engineer", "Jingtan Composites"),
            ("Xue Mingyang", "co-founder", "Tanhuan Technology"),
        },
    ),
    # a one-word name of no known kind after "in" is where the post is, not its body
    (
        "Lin Qiao was a postdoc in Boston. She was previously head of research at Bluefin Capital.",
        {("Lin Qiao", "head of research", "bluefin-capital")},
    ),
]

#: Sentences written apart from the rules, to check them.
CHECK: list[tuple[str, set[Post]]] = [
    (
        "Qi Shanshan, Party chief of Eastlake District, visited the park on Monday.",
        {("Qi Shanshan", "Party chief", "eastlake-district")},
    ),
    (
        "Mei Xiang, a professor at Northgate University, led the study.",
        {("Mei Xiang", "professor", "northgate-university")},
    ),
    (
        "The Institute for Advanced Batteries was set up in 2022. Its president, Kang Wei, said it now employs "
        "300 people.",
        {("Kang Wei", "president", "Institute for Advanced Batteries")},
    ),
    (
        "The Riverton Academy of Sciences opened two labs. Fu Yao, who leads the academy's materials division, "
        "said both would hire.",
        {("Fu Yao", "head of the materials division", "riverton-academy")},
    ),
    (
        "Oakridge Science Park added 30 firms. “Space is the limit now,” said Tian Haoyu, who chairs the park's "
        "management committee.",
        {("Tian Haoyu", "chair of the management committee", "oakridge-park")},
    ),
    (
        "Riverton had 1,200 start-ups in 2023. Vice mayor Song Jiahui said the city would open 12 incubators.",
        {("Song Jiahui", "vice mayor", "riverton")},
    ),
    (
        "Thank you for your support.\n\nLou Zhenhua, Deputy Director, Riverton Municipal Science and Technology "
        "Commission\n",
        {("Lou Zhenhua", "deputy director", "riverton-science-commission")},
    ),
    (
        "Dr. Olivia Grant, chief technology officer of Seabright Materials Ltd., said orders doubled.",
        {("Olivia Grant", "chief technology officer", "Seabright Materials Ltd")},
    ),
    (
        "Professor Zhong Yi of the Harbor Institute of Physics presented the results.",
        {("Zhong Yi", "professor", "harbor-institute")},
    ),
    (
        "The Riverton Genomics Center sequenced 9,000 samples. The center's deputy director Xiong Lan said it "
        "would double its staff.",
        {("Xiong Lan", "deputy director", "Riverton Genomics Center")},
    ),
    (
        "Marcus Webb, co-founder and chief executive of Tidewater Robotics, said sales rose.",
        {("Marcus Webb", "co-founder", "Tidewater Robotics"), ("Marcus Webb", "chief executive", "Tidewater Robotics")},
    ),
    ("Written by Hao Jun and Ye Qing | 4 May 2024\n\nThe lab opened.", set()),
    ("Comment by Lu Xin: the director of my lab disagrees with this.", set()),
    ("“The numbers speak for themselves,” Zheng Hui said.", set()),
    (
        "Ouyang Ming is a research associate at the Riverton Institute for Policy Studies.",
        {("Ouyang Ming", "research associate", "Riverton Institute for Policy Studies")},
    ),
    (
        "Riverton Academy of Sciences president Sun Yuwei said the academy would recruit 500 scientists.",
        {("Sun Yuwei", "president", "riverton-academy")},
    ),
    (
        "Tao Ran, head of research at Bluefin Capital, said valuations were stable.",
        {("Tao Ran", "head of research", "bluefin-capital")},
    ),
    ("Huaxin Holdings, a partner of the program, said it would invest 50 million yuan.", set()),
    (
        "I visited the Riverton Quantum Lab last week. Xia Tong, a postdoctoral researcher from Chengdu, showed "
        "me the cryostat.",
        {("Xia Tong", "postdoctoral researcher", "Riverton Quantum Lab")},
    ),
    (
        "The Riverton Municipal Science and Technology Commission met in June. Mira Holt, the commission's "
        "director, said the fund would close soon.",
        {("mira-holt", "director", "riverton-science-commission")},
    ),
    (
        "Jonas Berg, an analyst at Bluefin Capital, said valuations had fallen.",
        {("Jonas Berg", "analyst", "bluefin-capital")},
    ),
    (
        "Ye Fan, head of the Eastlake District Science and Technology Bureau, said the bureau had 60 staff.",
        {("Ye Fan", "head", "Eastlake District Science and Technology Bureau")},
    ),
    (
        "Eastlake District opened a new incubator. District Mayor Gao Ming said it was already full.",
        {("Gao Ming", "District Mayor", "eastlake-district")},
    ),
    (
        "The Harbor Institute of Physics opened a beamline. “It is ready,” said Director Pan Yu of the institute.",
        {("Pan Yu", "director", "harbor-institute")},
    ),
    (
        "The Riverton Academy of Sciences opened two labs. Professor Fang Rui, who heads the academy's optics "
        "division, said both would hire.",
        {("Fang Rui", "head", "riverton-academy")},
    ),
    (
        "Tidewater Robotics hired a new boss. Ning Bo, a partner at Bluefin Capital, was named the company's "
        "chief executive.",
        {("Ning Bo", "partner", "bluefin-capital"), ("Ning Bo", "chief executive", "Tidewater Robotics")},
    ),
    (
        "Li Na, who took over as director of the Harbor Institute of Physics last year, said the beam was stable.",
        {("Li Na", "director", "harbor-institute")},
    ),
    (
        "Tidewater Robotics was founded by Anna Kessler in 2019.",
        {("Anna Kessler", "founder", "Tidewater Robotics")},
    ),
    (
        "The Riverton Genomics Center is led by Wei Lan, a biologist trained in Boston.",
        {("Wei Lan", "head", "Riverton Genomics Center")},
    ),
    (
        "I spent a week at the Riverton Genomics Center. Ada Moss, a visiting researcher from Northgate "
        "University, ran the sequencer.",
        {("Ada Moss", "visiting researcher", "Riverton Genomics Center")},
    ),
    (
        "Bo Xin, director of research and development at Tidewater Robotics, said sales rose.",
        {("Bo Xin", "director", "Tidewater Robotics")},
    ),
    (
        "Yu Tao, 52, president of Northgate University, said the campus would grow.",
        {("Yu Tao", "president", "northgate-university")},
    ),
    (
        "Ke Jun, author of the yearbook and a research fellow at the Harbor Institute of Physics, wrote the preface.",
        {("Ke Jun", "research fellow", "harbor-institute")},
    ),
    (
        "Riverton Academy of Sciences Vice President Wu Qi said the academy would recruit.",
        {("Wu Qi", "vice president", "riverton-academy")},
    ),
    (
        "Oakridge Science Park added 40 firms. Ren Jie, who runs the science park's incubator, said it was full.",
        {("Ren Jie", "head", "oakridge-park")},
    ),
    (
        "The Harbor Institute of Physics signed with Bluefin Capital. The institute will host the beamline, and the "
        "institute's staff will run it. “We are ready,” said Director Qiao Fen.",
        {("Qiao Fen", "director", "harbor-institute")},
    ),
    ("Q: Who runs the lab now?\n\nA: Our director does, and Wen Bo helps him.", set()),
    (
        "Zhu Min (moderator; deputy director of the Riverton Municipal Information Office): Welcome to today's "
        "briefing.",
        {("Zhu Min", "deputy director", "Riverton Municipal Information Office")},
    ),
    (
        "Gao Yan (director-general, Riverton Municipal Bureau of Statistics): Output rose 6 percent.",
        {("Gao Yan", "director-general", "Riverton Municipal Bureau of Statistics")},
    ),
    ("Host: Good morning.\n\nReporter (Eastlake Daily): What changed this year?\n\nFeng Yu: Quite a lot.", set()),
    (
        "Yao Bin, head of the Eastlake District People's Congress, said the budget passed.",
        {("Yao Bin", "head", "Eastlake District People's Congress")},
    ),
    (
        "The Seaview Medical Center treats 9,000 patients a year. Seaview's vice president for research, Lin Dan, "
        "said trials would double.",
        {("Lin Dan", "vice president for research", "Seaview Medical Center")},
    ),
    (
        "Ma Lei is a research fellow at Northgate University, where she directs the robotics lab.",
        {
            ("Ma Lei", "research fellow", "northgate-university"),
            ("Ma Lei", "director of the robotics lab", "northgate-university"),
        },
    ),
    (
        "Tian Bo is a partner at Bluefin Capital, where the team leads most rounds.",
        {("Tian Bo", "partner", "bluefin-capital")},
    ),
    (
        "Shu Wen is a research assistant at the Harbor Institute of Physics.",
        {("Shu Wen", "research assistant", "harbor-institute")},
    ),
    (
        "The Riverton Academy of Sciences opened two labs. Kong Jie, deputy director of the academy's general "
        "office, said both would hire.",
        {("Kong Jie", "deputy director", "Riverton Academy of Sciences General Office")},
    ),
    (
        "The Huanghe Synchrotron Facility hosted 900 users. Its deputy director, Pan Yuting, said so.",
        {("Pan Yuting", "deputy director", "Huanghe Synchrotron Facility")},
    ),
    (
        "Gu Lina is a professor at Northgate University and chairs its ethics committee.",
        {
            ("Gu Lina", "professor", "northgate-university"),
            ("Gu Lina", "chair of the ethics committee", "northgate-university"),
        },
    ),
    (
        "Fu Mengyao, 29, co-founded Lingxi Robotics after her doctorate.",
        {("Fu Mengyao", "co-founder", "Lingxi Robotics")},
    ),
    (
        "Qiyuan Genomics, headquartered in Eastlake District, was founded by Shi Ruoxi in 2016.",
        {("Shi Ruoxi", "founder", "Qiyuan Genomics")},
    ),
    (
        "Jiang Wenbo grew up in Riverton. Haitang Optics, the lens maker he founded after university, has 60 staff.",
        {("Jiang Wenbo", "founder", "Haitang Optics")},
    ),
]


def posts_of(text: str) -> list[Post]:
    """The posts extracted from ``text``, people and new organizations by name, known ones by id."""
    found = extract(text, GAZ, published="2024-03-05")
    labels = {str(c.data["id"]): str(c.data["label"]) for c in found.entities}
    out: list[Post] = []
    for cand in found.posts:
        if cand.confidence < DRAFT_CONFIDENCE:
            continue  # kept for review tools, left out of the draft
        d = cand.data
        orgs = d.get("org")
        org = orgs[0] if isinstance(orgs, list) else orgs
        role = str(d["role"]).removeprefix("new:")
        out.append(
            (
                labels.get(d["person"], d["person"]),
                labels.get(role, role.replace("-", " ")),
                labels.get(str(org), str(org)),
            )
        )
    return out


def same_post(got: Post, want: Post) -> bool:
    """As kg.ingest.score compares posts: names once normalized, roles equal or one inside the other."""
    role, wanted = norm(got[1]), norm(want[1])
    return (
        norm(got[0]) == norm(want[0])
        and norm(got[2]) == norm(want[2])
        and bool(role)
        and (role == wanted or role in wanted or wanted in role)
    )


def tally(cases: list[tuple[str, set[Post]]]) -> tuple[int, int, int]:
    """(right, proposed, gold) over ``cases``."""
    right = proposed = gold = 0
    for text, want in cases:
        got = posts_of(text)
        proposed += len(got)
        gold += len(want)
        left = list(want)
        for g in got:
            hit = next((w for w in left if same_post(g, w)), None)
            if hit is not None:
                left.remove(hit)
                right += 1
    return right, proposed, gold


def _check(text: str, want: set[Post]) -> None:
    got = posts_of(text)
    unmatched = list(want)
    extra = []
    for g in got:
        hit = next((w for w in unmatched if same_post(g, w)), None)
        if hit is None:
            extra.append(g)
        else:
            unmatched.remove(hit)
    assert (unmatched, extra) == ([], []), got


def _params(cases: list[tuple[str, set[Post]]], half: str) -> list[object]:
    out: list[object] = []
    for i, (text, want) in enumerate(cases):
        out.append(pytest.param(text, want, id=f"{half}-{i}"))
    return out


@pytest.mark.parametrize(("text", "want"), _params(BUILD, "build"))
def test_posts_build_half(text: str, want: set[Post]) -> None:
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), _params(CHECK, "check"))
def test_posts_check_half(text: str, want: set[Post]) -> None:
    _check(text, want)


def test_the_material_scores_well_on_both_halves() -> None:
    for cases in (BUILD, CHECK):
        right, proposed, gold = tally(cases)
        assert right / proposed >= 0.9 and right / gold >= 0.75, (right, proposed, gold)


def test_people_are_not_organizations_and_back() -> None:
    found = extract(
        "One of the newest arrivals, Tidewater Robotics, moved its headquarters here in March, chief executive "
        "Anna Kessler said. Lin Qiao, a partner at Bluefin Capital, agreed.",
        GAZ,
    )
    kinds = {c.data["label"]: c.data["type"] for c in found.entities}
    assert kinds["Anna Kessler"] == "Person" and kinds["Lin Qiao"] == "Person"
    assert kinds.get("Tidewater Robotics") != "Person"


def test_a_post_keeps_its_title_and_the_publication_month() -> None:
    found = extract("Guo Lin, a researcher at the Harbor Institute of Physics, spoke.", GAZ, published="2024-03-05")
    (post,) = found.posts
    assert post.data["title"] == "researcher at the Harbor Institute of Physics"
    assert post.data["as_of"] == "2024-03"
    assert post.quote == "Guo Lin, a researcher at the Harbor Institute of Physics, spoke."


def test_role_names() -> None:
    assert role_name("founding director") == "founding director"
    assert role_name("Deputy Director") == "deputy director"
    assert role_name("heads") == "head"
    assert role_name("directs") == "director"
    assert role_name("chairs") == "chair"


def test_the_organization_after_an_officer_of_is_no_person() -> None:
    found = extract("Mira Holt is chief technology officer of Jinhai Microfluidics.", GAZ)
    kinds = {c.data["label"]: c.data["type"] for c in found.entities}
    assert kinds["Jinhai Microfluidics"] != "Person"
    assert [(p.data["person"], p.data["org"]) for p in found.posts] == [("mira-holt", "jinhai-microfluidics")]


def test_one_word_of_a_name_is_no_person_when_two_people_share_it() -> None:
    text = (
        "Mei Lanfang and Mei Qiang have spent two years on a chip. Mei is co-founder of Jinhai Microfluidics, "
        "a company in Eastlake."
    )
    assert extract(text, GAZ).posts == []


def test_a_role_then_an_honorific_and_the_name() -> None:
    _check(
        "Bluefin Capital will open an office in Eastlake next year, said its managing partner, Dr. Wen Kexin.",
        {("Wen Kexin", "managing partner", "bluefin-capital")},
    )


def test_the_writer_is_who_i_is_outside_quotations() -> None:
    text = (
        "I work as a product manager at Jinhai Microfluidics. "
        '"I joined Bluefin Capital in 2019," said Guo Lin. Anna Kessler is a project manager at Bluefin Capital.'
    )
    found = extract(text, GAZ, published="2025-06-10", author="Shen Keke")
    posts = {(p.data["person"], p.data["role"], p.data["org"]) for p in found.posts}
    assert posts == {
        ("shen-keke", "new:product-manager", "jinhai-microfluidics"),
        ("anna-kessler", "new:project-manager", "bluefin-capital"),
    }
    assert {c.data["label"]: c.data["type"] for c in found.entities}["Shen Keke"] == "Person"
    # with several authors, or none, "I" is nobody known
    for author in ("Shen Keke and Guo Lin", None):
        assert not [p for p in extract(text, GAZ, author=author).posts if p.data["org"] == "jinhai-microfluidics"]


def test_a_writers_lead_in_before_a_colon_is_no_speaker_and_teaching_is_a_post() -> None:
    text = (
        "Disclosure first: I work as a product manager at Jinhai Microfluidics, so read this with care. "
        "I teach design at Bluefin Capital's academy. Anna Kessler teaches chemistry at Jinhai Microfluidics."
    )
    found = extract(text, GAZ, published="2025-06-10", author="Shen Keke")
    posts = {(p.data["person"], p.data["role"], p.data["org"]) for p in found.posts}
    assert ("shen-keke", "new:product-manager", "jinhai-microfluidics") in posts
    assert ("anna-kessler", "new:lecturer", "jinhai-microfluidics") in posts


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ('Wang Lei runs a lab. "I am now chief engineer at Jinhai Microfluidics," he said.', "Shen Keke"),
        ("Wang Lei is blunt: I am the founder of Jinhai Microfluidics.", "Shen Keke"),
        ("I work as a product manager at Jinhai Microfluidics.", "Staff Reporter"),
    ],
)
def test_i_is_not_the_writer_in_a_quotation_nor_a_staff_byline(text: str, author: str) -> None:
    found = extract(text, GAZ, published="2025-06-10", author=author)
    assert not [p for p in found.posts if p.data["person"] in ("shen-keke", "staff-reporter")]


def test_a_post_worked_as_is_held_no_more() -> None:
    found = extract("Wang Lei worked as an engineer at Jinhai Microfluidics before founding his own start-up.", GAZ)
    assert not [p for p in found.posts if p.data["org"] == "jinhai-microfluidics" and "note" not in p.data]


def test_a_short_name_of_a_body_named_in_full_before_is_that_body() -> None:
    from kg.ingest.extract import extract
    from kg.ingest.gazetteer import Gazetteer

    text = (
        "The index is compiled by the Halden Institute for Urban Economics. "
        "Exampleville ranked third, said Mariam Okafor, director of the index at the Halden Institute."
    )
    found = extract(text, Gazetteer([("exampleville", "Exampleville", ["City"])], {}), published="2025-03-10")
    assert [(c.data["person"], c.data["org"]) for c in found.posts] == [
        ("mariam-okafor", "halden-institute-for-urban-economics")
    ]
    assert "halden-institute" not in {c.data["id"] for c in found.entities}


def test_a_two_word_name_said_to_be_a_maker_is_a_company_even_after_by() -> None:
    from kg.ingest.extract import extract
    from kg.ingest.gazetteer import Gazetteer

    text = (
        "The deal was signed by Jingtie Zhikong, a maker of train-control systems. "
        "Its chief technology officer, Wen Shaopeng, said the company employs 640 engineers."
    )
    found = extract(text, Gazetteer([("exampleville", "Exampleville", ["City"])], {}), published="2025-03-10")
    assert {c.data["id"]: c.data["type"] for c in found.entities}["jingtie-zhikong"] == "Company"
    assert [(c.data["person"], c.data["org"]) for c in found.posts] == [("wen-shaopeng", "jingtie-zhikong")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Wang Lei, who is also a professor at Jinhai Microfluidics, founded the firm.", "professor"),
        ("Wang Lei, who also holds a professorship at Jinhai Microfluidics, founded the firm.", "professor"),
    ],
)
def test_a_second_post_said_with_also_or_a_chair_held(text: str, role: str) -> None:
    found = extract(text, GAZ, published="2025-06-10")
    assert [(p.data["person"], p.data["role"], p.data["org"]) for p in found.posts] == [
        ("wang-lei", role, "jinhai-microfluidics")
    ]


def test_two_roles_before_a_name_are_two_posts() -> None:
    _check(
        "Jinhai Microfluidics makes chips. Its founder and chief executive, Wang Lei, said sales grew.",
        {("Wang Lei", "founder", "jinhai-microfluidics"), ("Wang Lei", "chief executive", "jinhai-microfluidics")},
    )


def test_a_body_called_by_its_place_and_head_word_is_the_one_named_before() -> None:
    gaz = Gazetteer(
        [
            ("yanqing", "Yanqing District", ["District"]),
            ("yanqing-bureau", "Yanqing District Economy Bureau", ["GovernmentBody"]),
        ],
        {},
    )
    text = (
        "According to the Yanqing District Economy Bureau, eVTOL developers raised six billion yuan. "
        "Xing Ruolan, deputy director of the Yanqing bureau, said more would come."
    )
    posts = {(p.data["person"], p.data["org"]) for p in extract(text, gaz, published="2027-07-01").posts}
    assert posts == {("xing-ruolan", "yanqing-bureau")}
    assert "vtol" not in {e.data["id"] for e in extract(text, gaz, published="2027-07-01").entities}


def test_a_second_role_with_a_modifier_and_a_role_with_a_relative_clause() -> None:
    _check(
        "Wang Lei is a core maintainer of Bluefin Capital and a staff engineer at Jinhai Microfluidics.",
        {("Wang Lei", "maintainer", "bluefin-capital"), ("Wang Lei", "engineer", "jinhai-microfluidics")},
    )
    _check(
        "Anna Kessler, a professor who heads the microsystems group at Jinhai Microfluidics, agreed.",
        {
            ("Anna Kessler", "professor", "jinhai-microfluidics"),
            ("Anna Kessler", "head of the microsystems group", "jinhai-microfluidics"),
        },
    )


def test_our_in_a_transcript_is_the_speakers_organization() -> None:
    text = (
        "Wang Lei is the director of Jinhai Microfluidics. Anna Kessler is a partner at Bluefin Capital.\n\n"
        "Q: Who runs the day-to-day work?\n\n"
        "Wang Lei: Guo Lin, our deputy director. She ran a phase I unit for eight years."
    )
    posts = {(p.data["person"], p.data["org"]) for p in extract(text, GAZ, published="2026-05-19").posts}
    assert ("guo-lin", "jinhai-microfluidics") in posts
    assert ("guo-lin", "bluefin-capital") not in posts


def test_the_body_that_publishes_its_own_report_is_what_the_institute_is() -> None:
    """A new body named only in the masthead (its publisher) holds the posts said of "the institute";
    a news outlet is not taken for "the agency", which may be another."""
    text = "Riverton rose to third, said Kong Lingyun, who directs the ranking programme at the institute."
    found = extract(text, GAZ, published="2026-11-01", publisher="Qinghe Institute for Technology Commercialization")
    body = "qinghe-institute-for-technology-commercialization"
    assert [(p.data["person"], p.data["role"], p.data["org"]) for p in found.posts] == [
        ("kong-lingyun", "new:director-of-the-ranking-programme", body)
    ]
    assert {"id": body, "type": "ResearchInstitute", "label": "Qinghe Institute for Technology Commercialization"} in [
        e.data for e in found.entities
    ]
    text = "Riverton rose to third, said Jiao Yunfan, director of the agency's data desk."
    found = extract(text, GAZ, published="2026-11-01", publisher="Northbridge News Agency")
    assert [p.data.get("org") for p in found.posts] == [None]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "He Jian is an adjunct professor at the School of Mechanical Engineering of Northgate University.",
            ["school-of-mechanical-engineering-of-northgate-university", "northgate-university"],
        ),
        (
            "Ren Zhiqing was an associate professor at Northgate University's College of Chemistry until 2020.",
            ["college-of-chemistry", "northgate-university"],
        ),
        (
            "Kang Wenshu also holds a professorship in the Department of Automation at Northgate University.",
            # (named with its university: another university's department of automation is another one)
            ["department-of-automation-at-northgate-university", "northgate-university"],
        ),
        # a school of no university named is the post's one body
        ("Li Na is dean of the School of Physics at the Harbor Institute of Physics.", "school-of-physics"),
    ],
)
def test_a_post_in_a_universitys_school_is_a_post_in_both(text: str, org: object) -> None:
    found = extract(text, GAZ, published="2026-11-01")
    assert [p.data["org"] for p in found.posts] == [org]


@pytest.mark.parametrize(
    "text",
    [
        "Rao Jiahui studied in Riverton. She ran a packaging line in Wuxi for eight years.",
        "Nie Hanlin studied in Riverton. He runs the city's largest clinical programme.",
        "Hu Wenjie is a senior fellow at Bluefin Capital and leads its survey of start-ups.",
    ],
)
def test_no_post_in_a_thing_run_a_city_or_a_task(text: str) -> None:
    found = extract(text, GAZ, published="2026-11-01")
    assert [(p.data["role"], p.data["org"]) for p in found.posts if p.data["role"] != "new:senior-fellow"] == []


def test_a_name_taken_for_a_body_is_no_body_of_its_own_person() -> None:
    found = extract("Zhang Deshan farms grapes. He is chairman of the village cooperative.", GAZ)
    assert [p.data.get("org") for p in found.posts if p.data["person"] == "zhang-deshan"] in ([], [None])


def test_founders_said_in_the_passive_with_a_year_and_bodies_not_named() -> None:
    _check(
        "Founded in 2021 by Mo Qingshan, a former partner at a Shanghai practice, Gouzhu Design now employs 60.",
        {("Mo Qingshan", "founder", "Gouzhu Design")},
    )
    _check(
        "Yekan Robotics, founded in 2020 by Hua Meiling, now its chief executive, sells field robots.",
        {("Hua Meiling", "founder", "Yekan Robotics"), ("Hua Meiling", "chief executive", "Yekan Robotics")},
    )
    _check(
        "Pan Jingru, a prosthetist at Jinhai Microfluidics, fitted 40 hands. Wei Lan, a biologist trained in Boston, "
        "agreed.",
        {("Pan Jingru", "prosthetist", "jinhai-microfluidics")},
    )


def test_the_writers_posts_said_in_a_relative_clause_after_the_body() -> None:
    text = (
        "I have made games for nine years, the last four at Paper Lantern Games, the six-person studio I founded.\n\n"
        "I asked around the Eastlake Indie Developers' Circle, which I have chaired since the spring."
    )
    found = extract(text, GAZ, published="2026-11-01", author="Liang Xiaoou")
    posts = {(p.data["person"], p.data["role"], p.data.get("org")) for p in found.posts}
    assert ("liang-xiaoou", "new:founder", "paper-lantern-games") in posts
    assert ("liang-xiaoou", "new:chair", "eastlake-indie-developers-circle") in posts


def test_a_post_in_a_relative_clause_is_only_the_writers_own() -> None:
    _check("Zhou Min praised Jinhai Microfluidics, the firm whose latest chip Li Wei directed.", set())


@pytest.mark.parametrize(
    "text",
    [
        "Li Na met Zhang Wei at Northgate University. She is chief engineer at Orbita Space.",
        "Lin Bo recalled his mother. She was chairman of Lingxi Data until 2010.",
        'Lu Fang spoke first. "She was chairman of Lingxi Data then," Lu said of her predecessor.',
        "Zhang Wei thanked Mr. He. He is chairman of Kunpeng AI.",
        "Zhang Wei denied that he was chief executive of Kunpeng AI.",
    ],
)
def test_he_or_she_is_no_one_when_two_people_or_someone_unnamed_could_be_meant(text: str) -> None:
    assert posts_of(text) == []


def test_a_school_named_twice_is_each_posts_own_university_and_the_publisher_yields_to_another_institute() -> None:
    text = (
        "Li Na, dean of the College of Engineering at Northgate University, said He Jun is dean of the College of "
        "Engineering at Riverton Academy of Sciences."
    )
    orgs = {p.data["person"]: p.data["org"] for p in extract(text, GAZ, published="2026-11-01").posts}
    # two colleges of one name, each named with its own body
    assert orgs["he-jun"] == "college-of-engineering-at-riverton-academy-of-sciences"
    assert orgs["li-na"] == ["college-of-engineering-at-northgate-university", "northgate-university"]
    text = "A Riverton research institute built a machine. Pei Ran, director of the institute, said it cost more."
    found = extract(text, GAZ, published="2026-11-01", publisher="Qinghe Institute for Technology Commercialization")
    assert [p.data.get("org") for p in found.posts] == [None]


def test_a_named_unit_headed_at_a_university_and_a_founders_former_post_after_the_name() -> None:
    from kg.ingest.extract import extract
    from kg.ingest.gazetteer import Gazetteer

    gaz = Gazetteer([("northtown-university", "Northtown University", ["University"])], {})
    text = (
        "Wen Zhiyuan, who heads the Orchard Robotics Laboratory at Northtown University, said trials began. "
        "Li Na, who runs the DMPK laboratory at Tianyuan Bioscience, said costs fell.\n\n"
        "Songshan Ski Robotics makes grooming robots. Its founder, Fu Zhaolin, a former engineer at Jingneng "
        "Group, said sales doubled."
    )
    found = extract(text, gaz, published="2026-10-20")
    posts = {(p.data["person"], str(p.data["role"]).removeprefix("new:"), str(p.data["org"])) for p in found.posts}
    assert ("wen-zhiyuan", "head", "orchard-robotics-laboratory") in posts
    assert ("li-na", "head", "tianyuan-bioscience") in posts  # an unnamed unit: the body it is part of
    assert ("fu-zhaolin", "founder", "songshan-ski-robotics") in posts
    assert ("fu-zhaolin", "engineer", "jingneng-group") in posts


def test_a_role_after_a_deed_a_deed_done_at_a_body_and_a_pronoun_after_and_or_which() -> None:
    from kg.ingest.extract import extract
    from kg.ingest.gazetteer import Gazetteer

    text = (
        "The North Office said more approvals would come. Gu Lan, who follows the sector as deputy director of "
        'the Riverton Health Industry Office, expects six in 2027. "Some firms apply for the tax break," said '
        "Anna Falk, an economist who covers China at Baumann Hofer Bank in Frankfurt.\n\n"
        "Sang Wei has been general manager of Xuanqi Spacecraft since 2022. He was previously a designer at the "
        "Riverton Institute of Spacecraft Engineering, and he is a vice-chairman of the Riverton Space Alliance.\n\n"
        "Across the park, Tao Ru runs a different kind of incubator. Moyuan Lab Hub, which she co-founded in "
        "2019, rents out laboratories."
    )
    found = extract(text, Gazetteer([], {}), published="2026-10-20")
    posts = {(p.data["person"], str(p.data["role"]).removeprefix("new:"), str(p.data["org"])) for p in found.posts}
    assert ("gu-lan", "deputy-director", "riverton-health-industry-office") in posts
    assert ("anna-falk", "economist", "baumann-hofer-bank") in posts
    assert not any(p[0] == "anna-falk" and p[2] != "baumann-hofer-bank" for p in posts)
    assert ("sang-wei", "vice-chairman", "riverton-space-alliance") in posts
    assert ("tao-ru", "co-founder", "moyuan-lab-hub") in posts


def test_a_deed_that_is_no_work_gives_no_post_at_the_place_it_is_done() -> None:
    from kg.ingest.extract import extract
    from kg.ingest.gazetteer import Gazetteer

    for text, person, org in [
        ('"It is crowded," said Anna Falk, an engineer who lives at Wangjing Tower.', "anna-falk", "wangjing-tower"),
        ("Bo Lin, a nurse who volunteers at Riverton Union Hospital, agreed.", "bo-lin", "riverton-union-hospital"),
    ]:
        found = extract(text, Gazetteer([], {}), published="2026-10-20")
        assert not [p for p in found.posts if (p.data["person"], p.data.get("org")) == (person, org)]


@pytest.mark.parametrize(
    ("short", "publisher"),
    [
        ("the Halden Foundation", "Halden Foundation for Accessible Technology"),
        ("Arclight", "Arclight Institute for Quantum Metrology"),
    ],
)
def test_the_publishers_short_name_in_the_text_is_the_publisher(short: str, publisher: str) -> None:
    """A report's body, named in full only in its footer (the registered publisher), is what its
    short name in the text stands for, as it would be after the full name in the text; "a national
    policy" is no other body of the publisher's kind."""
    text = (
        "The index follows a national policy on devices. Riverton rose to third, said Maren Holt, director of "
        f"indexes at {short}."
    )
    found = extract(text, GAZ, published="2026-11-01", publisher=publisher)
    body = slug(publisher)
    assert [(p.data["person"], p.data["org"]) for p in found.posts] == [("maren-holt", body)]
    assert [e.data["label"] for e in found.entities if e.data["id"] == body] == [publisher]
    assert [e.quote for e in found.entities if e.data["id"] == body] == [found.posts[0].quote]


def test_the_institute_named_long_before_is_still_the_one_meant() -> None:
    """ "the institute" points back to the one body of that kind named before, however many bodies
    a long report names in between."""
    filler = " ".join(f"Firm{chr(65 + k // 26)}{chr(97 + k % 26)} Robotics raised money." for k in range(60))
    text = f"Kou Meiling leads the Lianhua Institute for Regional Innovation. {filler} Dmitri Severin is a senior "
    text += "researcher at the institute."
    found = extract(text, GAZ, published="2026-11-01")
    orgs = {p.data["person"]: p.data["org"] for p in found.posts}
    assert orgs["dmitri-severin"] == "lianhua-institute-for-regional-innovation"


@pytest.mark.parametrize(
    "text",
    [
        "Indicator | 2025 | 2026 | Growth (%)\nOutput | 1.2 | 1.4 | 16\n\nOutput growth slowed.",
        "II. Investment and services\n\nThe base raised more money in the year.",
        "The 14 LED volume stages hosted 212 shoots. VR studios grew fast.",
    ],
)
def test_a_word_the_text_also_writes_in_lower_case_a_numeral_or_a_things_acronym_is_no_body(text: str) -> None:
    """ "Growth" in a table's header, "II." numbering a part, "LED" and "VR": no new organization
    (which "director of the management committee" would then have been taken to mean)."""
    found = extract(text, GAZ, published="2026-11-01")
    assert [e.data["label"] for e in found.entities] == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Demand is rising, said Ai Zhenyu, an analyst at Huatai Capital.",
            ("ai-zhenyu", "new:analyst", "huatai-capital"),
        ),
        (
            "Filings rose, said Tang Jiahui, a patent attorney at Yuanming IP in Eastlake District.",
            ("tang-jiahui", "new:patent-attorney", "yuanming-ip"),
        ),
        (
            "Dong Kaiwen is a professor at the University of Science and Technology Beijing.",
            ("dong-kaiwen", "professor", "university-of-science-and-technology-beijing"),
        ),
        (
            "Ge Shuhan is a senior fellow at the Qiyan Institute for Science and Society.",
            ("ge-shuhan", "new:senior-fellow", "qiyan-institute-for-science-and-society"),
        ),
    ],
)
def test_surname_ai_lawyers_and_names_with_a_field_after_and(text: str, post: Post) -> None:
    found = extract(text, GAZ, published="2026-11-01")
    assert [(p.data["person"], p.data["role"], p.data["org"]) for p in found.posts] == [post]


def test_its_is_the_subject_not_a_body_named_before_it_or_a_cataphor() -> None:
    """ "Founded by Northgate University graduates, Qiyuan has ...": the firm is what "its" and a
    title with no body are of; "The company everyone asks about is Shouyu Technology" names the
    firm, pointing back to no other company."""
    text = (
        "Qiyuan Robotics opened a plant. Founded in 2022 by three Northgate University graduates, Qiyuan has "
        "raised 3 billion yuan. Its best model costs 268,000 yuan.\n\n"
        "Chief executive Fang Ruoxi said the company would deliver more."
    )
    assert {(p.data["person"], p.data["org"]) for p in extract(text, GAZ, published="2026-11-01").posts} == {
        ("fang-ruoxi", "qiyuan-robotics")
    }
    text = (
        "I went through the list kept by the Riverton Disabled Persons' Federation.\n\n"
        "The company everyone asks me about is Shouyu Technology, a firm founded by two Northgate University "
        "graduates. Its app has 1.2 million users. Its chief executive, Kong Lingwei, told me so."
    )
    assert {(p.data["person"], p.data["org"]) for p in extract(text, GAZ, published="2026-11-01").posts} == {
        ("kong-lingwei", "shouyu-technology")
    }


def test_a_part_the_holder_leads_is_a_post_of_its_own() -> None:
    """ "a professor at X who leads its maize genomics group", "a senior fellow and head of the open
    science programme at X": a second post, the head of that part, kept beside the first (a "head"
    of the body itself gives way to a title at it)."""
    _check(
        "Du Ranran, a professor at Northgate University who leads its maize genomics group, said yields rose.",
        {
            ("Du Ranran", "professor", "northgate-university"),
            ("Du Ranran", "head of the maize genomics group", "northgate-university"),
        },
    )
    _check(
        "Rong Peishan is a senior fellow and head of the open science programme at the Harbor Institute of Physics.",
        {
            ("Rong Peishan", "senior fellow", "harbor-institute"),
            ("Rong Peishan", "head of the open science programme", "harbor-institute"),
        },
    )


def test_a_modifier_before_a_noun_points_back_to_no_body() -> None:
    """ "the technology transfer programme" is no pointer to the Riverton Institute of Technology,
    so "the institute" after it is still the one the writer works at."""
    text = (
        "At Riverton Institute of Technology, income more than doubled.\n\n"
        "Dong Yiran is a senior fellow at the Beihai Institute for Innovation Studies, where she heads the "
        "technology transfer programme. Liang Shuqin is a non-resident fellow of the institute."
    )
    orgs = {p.data["person"]: p.data["org"] for p in extract(text, GAZ, published="2026-11-01").posts}
    assert orgs["liang-shuqin"] == "beihai-institute-for-innovation-studies"


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Kong Lingfei, 44, left government in 2024.\n\nAs deputy director of the Eastlake District Development "
            "and Reform Commission, she drafted the first plan.",
            ("Kong Lingfei", "deputy director", "Eastlake District Development and Reform Commission"),
        ),
        (
            "As chief of neurosurgery at Capital Neurological Hospital, Nie Hanlin runs the largest programme.",
            ("Nie Hanlin", "chief", "Capital Neurological Hospital"),
        ),
        (
            "Mei Ruoxi, who until 2023 was a postdoctoral researcher at Northgate University, founded it.",
            ("Mei Ruoxi", "postdoctoral researcher", "northgate-university"),
        ),
        (
            "Liao Shan, who left the laboratory in 2023 to found Shuiguang Membranes, said so.",
            ("Liao Shan", "founder", "Shuiguang Membranes"),
        ),
        (
            "Shengmai Medical, which Qu Rong co-founded in 2014, sells implants.",
            ("Qu Rong", "co-founder", "Shengmai Medical"),
        ),
    ],
)
def test_posts_said_before_the_holder_until_a_year_and_by_founding(text: str, post: Post) -> None:
    """ "As deputy director of X, she drafted ...", "who until 2023 was ...", "who left ... to found
    X", "X, which NAME co-founded": each a post; the first and third held before the text's date."""
    _check(text, {post})
    former = [p for p in extract(text, GAZ, published="2026-11-01").posts if "former" in str(p.data.get("note"))]
    assert len(former) == (1 if "drafted" in text or "until" in text else 0)


def test_a_visit_or_a_task_in_a_relative_clause_is_no_post() -> None:
    _check("Kunxin, which Li Wei visited in 2014, sells chips. As a result, Zhang Wei left Kunxin.", set())


def test_the_body_a_unit_belongs_to_and_a_word_after_the_head_that_is_no_noun() -> None:
    """ "director of the evaluation centre at the X Institute" is X's post; "who has run the
    cooperative since 2015" points back to the cooperative, "since" being no part of its name."""
    _check(
        "Reviews rose, said Tao Jingyi, director of the evaluation centre at the Qinghe Institute for Research "
        "Evaluation.",
        {("Tao Jingyi", "director", "Qinghe Institute for Research Evaluation")},
    )
    _check(
        "At the Jinhaihu Peach Growers' Cooperative, seven robots worked, said Zhang Fulai, who has run the "
        "cooperative since 2015.",
        {("Zhang Fulai", "head", "Jinhaihu Peach Growers' Cooperative")},
    )


def test_an_institute_of_technology_is_a_university_not_the_institute_that_publishes() -> None:
    """ "the institute" is the publisher, not a university named "Institute of Technology" some
    sentences before (named in the sentence before, it would be that one)."""
    text = (
        "Beijing Institute of Technology came third.\n\nNorthgate University's office grew fastest.\n\n"
        '"Offices are pulling away," said Kong Lingyun, who directs the ranking programme at the institute.'
    )
    found = extract(text, GAZ, published="2026-11-01", publisher="Qinghe Institute for Technology Commercialization")
    assert {e.data["label"]: e.data["type"] for e in found.entities}["Beijing Institute of Technology"] == "University"
    assert [p.data["org"] for p in found.posts] == ["qinghe-institute-for-technology-commercialization"]


@pytest.mark.parametrize(
    "text",
    [
        "Cortiva Neurotech makes implants. Cortiva Neurotech's chief executive is Ma Lingxiao.",
        "The chief executive of Cortiva Neurotech is Ma Lingxiao.",
        "The chief executive of Cortiva Neurotech, Ma Lingxiao, said sales doubled.",
        "Cortiva Neurotech named Ma Lingxiao chief executive in March.",
        "Cortiva Neurotech appointed Ma Lingxiao as its chief executive.",
    ],
)
def test_a_post_said_before_its_holder(text: str) -> None:
    """The holder named after the post: "Y's chief executive is X", "The chief executive of Y, X,",
    "Y named X chief executive"."""
    _check(text, {("Ma Lingxiao", "chief executive", "Cortiva Neurotech")})


@pytest.mark.parametrize(
    "text",
    [
        "The winner is Ma Lingxiao.",
        "Cortiva Neurotech named Ma Lingxiao's team the best.",
        "The chief executive of Cortiva Neurotech met Ma Lingxiao.",
    ],
)
def test_no_post_said_before_a_name_that_holds_none(text: str) -> None:
    assert [
        p.data["role"] for p in extract(text, GAZ, published="2026-11-01").posts if "ma-lingxiao" == p.data["person"]
    ] == []


def test_the_institute_just_named_is_meant_even_when_a_university() -> None:
    text = (
        "Researchers at the Harwick Institute of Technology built the laser. Kim Dahl, a researcher at the "
        "institute, said it ran for a month."
    )
    found = extract(text, GAZ, published="2026-11-01", publisher="Arclight Institute for Quantum Metrology")
    assert [p.data["org"] for p in found.posts] == ["harwick-institute-of-technology"]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Ek, chief executive of Vivid, said Vivid's displays are vivid and cheap.",
        "Mara Ek is chief executive at Vivid. Vivid sells displays that are vivid, she said.",
    ],
)
def test_a_one_word_firm_the_text_also_writes_in_lower_case_is_still_a_firm(text: str) -> None:
    assert [p.data["org"] for p in extract(text, GAZ, published="2026-11-01").posts] == ["vivid"]


@pytest.mark.parametrize(
    "text",
    [
        "Ma Rui visited the plant. As deputy director of Rongtai Capital, Ma Rui's wife sits on its board.",
        "The chief executive of Tallis Motors is Ruben Ortiz's brother.",
        "Sun Yue, a professor at Northgate University who leads its table tennis team to victory, smiled.",
    ],
)
def test_no_post_for_the_person_whose_relative_holds_it_nor_for_leading_a_team_to_victory(text: str) -> None:
    posts = {(p.data["person"], p.data["role"]) for p in extract(text, GAZ, published="2026-11-01").posts}
    assert posts <= {("sun-yue", "professor")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Tallis Motors makes scooters. Tallis Motors' chief executive is Ruben Ortiz.",
            ("Ruben Ortiz", "chief executive", "Tallis Motors"),
        ),
        (
            "Tallis Motors makes scooters. Its chief executive is Ruben Ortiz.",
            ("Ruben Ortiz", "chief executive", "Tallis Motors"),
        ),
        (
            "Tallis Motors, whose chief executive is Ruben Ortiz, makes scooters.",
            ("Ruben Ortiz", "chief executive", "Tallis Motors"),
        ),
        ("Riverton's mayor is Ruben Ortiz.", ("Ruben Ortiz", "mayor", "riverton")),
    ],
)
def test_the_holder_after_a_post_of_a_plural_possessive_its_or_whose(text: str, post: Post) -> None:
    _check(text, {post})


def test_the_institute_then_a_second_post_elsewhere_is_still_the_institute() -> None:
    """ "a research assistant at the institute and a part-time lecturer at X": the institute is the one
    named before (the words after it name another post, not a unit of X)."""
    text = (
        "Tang Ruoxi is a senior fellow at the Xishan Policy Institute. From 2016 to 2021 she was a deputy director "
        "at the Riverton Municipal Science and Technology Commission. Feng Kaiyuan is a research assistant at "
        "the institute and a part-time lecturer at Beijing Institute of Technology."
    )
    orgs = {(p.data["person"], p.data["org"]) for p in extract(text, GAZ, published="2026-11-01").posts}
    assert ("feng-kaiyuan", "xishan-policy-institute") in orgs


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two people joined by "and" are two, not one body's name, and each holds what is said of each
        (
            "Eastlake Vice District Mayor Jiang Wanqing and Pan Hao, chairman of Huanneng Power Technology, signed it.",
            {("Jiang Wanqing", "vice district mayor", "eastlake-district"),
             ("Pan Hao", "chairman", "Huanneng Power Technology")},
        ),
        # what is said before the pair is said of both
        (
            "Hexin Biopharma was founded in 2018 by Jin Haoran and Professor Yang Zhiqiang.",
            {("Jin Haoran", "founder", "Hexin Biopharma"), ("Yang Zhiqiang", "founder", "Hexin Biopharma")},
        ),
        (
            "Mianzhi Labs makes sensors. Its co-founders, Ding Rui and Ke Xiaoyu, met at Northgate University.",
            {("Ding Rui", "co-founder", "Mianzhi Labs"), ("Ke Xiaoyu", "co-founder", "Mianzhi Labs")},
        ),
        (
            "Hexin Biopharma was founded in 2018 by Jin Haoran and Professor Yang Zhiqiang of the Harbor Institute of "
            "Physics.",
            {("Jin Haoran", "founder", "Hexin Biopharma"), ("Yang Zhiqiang", "founder", "Hexin Biopharma"),
             ("Yang Zhiqiang", "professor", "harbor-institute")},
        ),
        # ... nor when the second name opens a clause of its own, nor a role of one whose words end in "s"
        ("Lingxi Robotics was founded by Ma Jun and Lin Tao later joined as chief technology officer.",
         {("Ma Jun", "founder", "Lingxi Robotics")}),
        ("On stage were Runda Cloud's head of sales, Ding Rui and Ke Xiaoyu, a Northgate University professor.",
         {("Ding Rui", "head of sales", "Runda Cloud")}),
        # ... but not what is said after the first name
        (
            "Pan Hao, chairman of Huanneng Power Technology, and Jiang Wanqing, a retired teacher, spoke.",
            {("Pan Hao", "chairman", "Huanneng Power Technology")},
        ),
    ],
)  # fmt: skip
def test_two_people_named_together(text: str, want: set[Post]) -> None:
    _check(text, want)


def test_a_district_named_before_a_title_is_where_the_title_is_held() -> None:
    # "Pinggu Deputy District Mayor X": a district of Beijing the graph lacks, drafted from the reference list
    found = extract("Pinggu Deputy District Mayor Gao Shuwen opened the fair.", GAZ, published="2026-05-01")
    assert [(p.data["person"], p.data["org"]) for p in found.posts] == [("gao-shuwen", "pinggu-district")]
    assert "pinggu-district" in {c.data["id"] for c in found.entities}


def test_a_post_held_formerly_said_in_an_apposition() -> None:
    text = "Pu Weiwei, formerly an assistant professor at Northgate University, moved to Qiyuan Labs."
    (post,) = extract(text, GAZ, published="2026-05-01").posts
    assert (post.data["person"], post.data["role"], post.data["org"]) == (
        "pu-weiwei",
        "new:assistant-professor",
        "northgate-university",
    )
    assert "former" in post.data["note"] and "as_of" not in post.data


def test_the_body_before_whose_holds_the_post_after_it() -> None:
    text = (
        "The Desheng Care Station opened in 2023. The station is run by the Desheng Subdistrict Office, whose deputy "
        "head, Xue Ming, keeps a tally."
    )
    _check(text, {("Xue Ming", "deputy head", "Desheng Subdistrict Office")})


def test_a_day_that_opens_a_sentence_is_no_body() -> None:
    # "Last Tuesday I ...": no body "Last Tuesday I" to hold the plant manager's post (but "Monday Capital" is one)
    text = (
        "Last Tuesday I finally got inside the plant of Qingyue Motors. My guide was plant manager Dong Kaiyue, who "
        "told me the line ran all night."
    )
    found = extract(text, GAZ, published="2024-11-01")
    assert {c.data["label"] for c in found.entities} == {"Qingyue Motors", "Dong Kaiyue"}
    _check(text, {("Dong Kaiyue", "plant manager", "Qingyue Motors")})


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a unit named by its field "at" a university is named with it: another university's school of the same
        # name is another school
        ("Lan Zhixiang, director of the Institute of Energy and Environment at Northgate University, led the audit.",
         {("Lan Zhixiang", "director", "Institute of Energy and Environment at Northgate University")}),
        ("Jiang Rui, director of the Office of Technology Transfer at Northgate University, said so.",
         {("Jiang Rui", "director", "Office of Technology Transfer at Northgate University")}),
        # roles of a lead and of a scientist named by a field ending in "-icist"
        ("Ding Rui spent five years as a product lead at Jiuhe Cloud.", {("Ding Rui", "product lead", "Jiuhe Cloud")}),
        ("Du Han founded Lingxi Robotics in 2019 with Northgate University roboticist Shi Wenbo.",
         {("Shi Wenbo", "roboticist", "northgate-university"), ("Du Han", "founder", "Lingxi Robotics")}),
    ],
)  # fmt: skip
def test_units_at_a_university_and_more_roles(text: str, want: set[Post]) -> None:
    _check(text, want)


def test_a_unit_at_a_university_is_the_universitys_unit() -> None:
    found = extract("Jiang Rui, director of the Office of Technology Transfer at Northgate University, said so.", GAZ)
    kinds = {c.data["label"]: c.data["type"] for c in found.entities}
    assert kinds == {"Jiang Rui": "Person", "Office of Technology Transfer at Northgate University": "UniversityUnit"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # founded by someone, past an apposition of what the body is
        ("Anyi Health Technology, a Chaoyang start-up founded in 2021 by Lou Jianing, makes sensors.",
         {("Lou Jianing", "founder", "Anyi Health Technology")}),
        # ... not past one that says what else the body did ("a spin-off of a lab founded by X": the lab's founder)
        ("He now advises Lingxi Robotics, a spin-off of a lab founded by Ma Jun.", set()),
        ("The award went to Anyi Health, a company that partners with a studio founded by Lou Jianing.", set()),
    ],
)  # fmt: skip
def test_a_body_founded_by_someone_past_an_apposition(text: str, want: set[Post]) -> None:
    _check(text, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second post after "and is also"
        ("The Riverton Technology Market Office released the data. Yue Shanshan, who directs the office and is also a "
         "deputy director-general of the Riverton Municipal Science and Technology Commission, said so.",
         {("Yue Shanshan", "director", "Riverton Technology Market Office"),
          ("Yue Shanshan", "deputy director-general", "riverton-science-commission")}),
        # ... but not the post of a body the clause is about, nor one held before ("was also")
        ("Ma Jun, chief executive of Runda Cloud, a firm that builds tools and is also a partner of Northgate "
         "University, spoke.", {("Ma Jun", "chief executive", "Runda Cloud")}),
    ],
)  # fmt: skip
def test_a_second_post_after_and_is_also(text: str, want: set[Post]) -> None:
    _check(text, want)


def test_a_body_founded_with_someone_of_another_body_is_not_that_other_body() -> None:
    text = (
        "Huanneng Power Technology, which Zhao Peiming co-founded in 2017 with Professor Xu Yiran of the School of "
        "Electrical Engineering at Northgate University, operates 1,430 swap stations."
    )
    _check(
        text,
        {
            ("Zhao Peiming", "co-founder", "Huanneng Power Technology"),
            ("Xu Yiran", "professor", "School of Electrical Engineering at Northgate University"),
        },
    )

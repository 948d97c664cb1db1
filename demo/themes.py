"""Themes of demo models: realistic titles, dossier texts and indicators, per field and kind of unit."""

import random
from dataclasses import dataclass

from demo.data import SUSTAINABILITY, Person


@dataclass(frozen=True)
class Theme:
    """One kind of model a unit registers; texts take {hamlet}, {commune}, {short}, {unit}, {year}."""

    field: str
    kinds: tuple[str, ...]
    title: str
    task: str
    problem: str
    goal: str
    method: str
    area: str
    target: str
    output: str
    #: (name, unit of measure, lowest target, highest target)
    indicators: tuple[tuple[str, str, int, int], ...]


_RURAL_TASK = "Thực hiện Nghị quyết Đại hội Đảng bộ {commune} nhiệm kỳ 2025–2030 về xây dựng nông thôn mới nâng cao"
_POLICE = ("police", "military", "residential", "party_cell")

THEMES = (
    Theme("KT", ("party_cell", "residential", "front", "government"),
          "Dân vận khéo trong hiến đất làm đường giao thông nông thôn ở {hamlet}",
          _RURAL_TASK + ", tiêu chí giao thông.",
          "Đường trục {hamlet} hẹp, nhiều đoạn lầy lội vào mùa mưa; một số hộ còn e ngại hiến đất.",
          "mở rộng, bê tông hóa đường trục thôn bằng sức dân là chính",
          "Chi bộ họp bàn, đảng viên gương mẫu hiến đất trước; tổ vận động đến từng hộ, công khai phương án, "
          "bình xét công sức đóng góp tại hội nghị thôn.",
          "{hamlet}, {commune}", "các hộ có đất giáp đường trục thôn",
          "Tuyến đường bê tông rộng 5 m; biên bản hiến đất của các hộ; ảnh trước và sau khi làm.",
          (("Chiều dài đường được bê tông hóa", "km", 1, 4), ("Diện tích đất nhân dân hiến", "m²", 800, 5000),
           ("Số hộ tham gia hiến đất", "hộ", 15, 80))),
    Theme("KT", ("farmers", "coop", "government"),
          "Vận động nông dân chuyển đổi cây trồng kém hiệu quả sang cây ăn quả theo tiêu chuẩn VietGAP ở {commune}",
          _RURAL_TASK + ", nâng cao thu nhập cho người dân.",
          "Nhiều diện tích lúa, ngô ở {commune} cho thu nhập thấp; bà con chưa quen sản xuất theo tiêu chuẩn.",
          "chuyển đổi diện tích kém hiệu quả, nâng thu nhập trên một héc-ta",
          "Tổ chức tham quan mô hình điểm, tập huấn kỹ thuật; hợp tác xã ký hợp đồng bao tiêu; "
          "hội viên giỏi kèm cặp hội viên mới.",
          "{commune}", "hội viên nông dân, hộ sản xuất nông nghiệp",
          "Diện tích chuyển đổi được nghiệm thu; hợp đồng bao tiêu; sổ ghi chép sản xuất của hộ.",
          (("Diện tích chuyển đổi", "ha", 5, 40), ("Số hộ tham gia", "hộ", 20, 120),
           ("Thu nhập bình quân tăng thêm", "triệu đồng/ha/năm", 15, 60))),
    Theme("KT", ("women", "front"),
          "Mô hình “Chi hội phụ nữ tiết kiệm, giúp nhau phát triển kinh tế” ở {hamlet}",
          "Thực hiện chương trình giảm nghèo bền vững của {commune}.",
          "Một số hội viên phụ nữ {hamlet} thiếu vốn sản xuất, khó tiếp cận vay ngân hàng.",
          "giúp hội viên nghèo có vốn, có cách làm ăn để thoát nghèo",
          "Hội viên góp tiết kiệm hằng tháng, cho vay luân phiên không lãi; "
          "tổ chức sinh hoạt chuyên đề chia sẻ kinh nghiệm làm ăn.",
          "{hamlet}, {commune}", "hội viên phụ nữ, ưu tiên hộ nghèo, cận nghèo",
          "Sổ theo dõi vốn tiết kiệm; danh sách hộ được vay và kết quả thoát nghèo.",
          (("Số tiền tiết kiệm luân chuyển", "triệu đồng", 50, 400), ("Số hội viên được hỗ trợ vốn", "người", 10, 60),
           ("Số hộ thoát nghèo", "hộ", 2, 12))),
    Theme("KT", ("coop", "enterprise", "farmers"),
          "Hợp tác xã liên kết tiêu thụ sản phẩm OCOP cho bà con {commune}",
          "Thực hiện Chương trình mỗi xã một sản phẩm (OCOP) của tỉnh.",
          "Sản phẩm địa phương chưa có thương hiệu, bà con bị ép giá khi vào vụ.",
          "xây dựng chuỗi liên kết, nâng giá trị sản phẩm địa phương",
          "Vận động hộ sản xuất tham gia tổ hợp tác; hỗ trợ bao bì, tem truy xuất nguồn gốc; "
          "đưa sản phẩm lên sàn thương mại điện tử.",
          "{commune}", "hộ sản xuất, thành viên hợp tác xã",
          "Sản phẩm được công nhận OCOP; hợp đồng liên kết; số liệu doanh thu.",
          (("Sản phẩm đạt chuẩn OCOP", "sản phẩm", 1, 3), ("Số hộ liên kết", "hộ", 20, 150))),
    Theme("VHXH", ("women", "residential", "front"),
          "Mô hình “Tuyến đường hoa nông thôn mới” của Chi hội Phụ nữ {hamlet}",
          _RURAL_TASK + ", tiêu chí môi trường và cảnh quan.",
          "Hai bên đường liên thôn nhiều cỏ dại, rác thải; cảnh quan chưa sáng – xanh – sạch – đẹp.",
          "trồng và chăm sóc tuyến đường hoa, giữ gìn vệ sinh môi trường",
          "Chi hội phân đoạn đường cho từng tổ hội viên; vận động gia đình góp cây giống, ngày công; "
          "tổng vệ sinh vào sáng Chủ nhật cuối tháng.",
          "{hamlet}, {commune}", "hội viên phụ nữ và các hộ gia đình dọc tuyến đường",
          "Tuyến đường hoa được chăm sóc thường xuyên; sổ phân công; ảnh tuyến đường.",
          (("Chiều dài tuyến đường hoa", "km", 1, 5), ("Số hội viên tham gia", "người", 30, 120))),
    Theme("VHXH", ("residential", "women", "youth", "front"),
          "Mô hình “Phân loại rác thải tại nguồn” ở {hamlet}",
          "Thực hiện Luật Bảo vệ môi trường và tiêu chí môi trường nông thôn mới.",
          "Rác thải sinh hoạt chưa được phân loại, bãi tập kết quá tải, gây ô nhiễm.",
          "phân loại, giảm lượng rác phải chôn lấp, tận dụng rác hữu cơ làm phân bón",
          "Phát thùng phân loại cho hộ; hướng dẫn ủ phân vi sinh; thành lập tổ thu gom; "
          "biểu dương hộ làm tốt tại họp thôn.",
          "{hamlet}, {commune}", "các hộ gia đình trong khu dân cư",
          "Số hộ phân loại rác; khối lượng rác giảm; biên bản kiểm tra của tổ tự quản.",
          (("Tỷ lệ hộ phân loại rác tại nguồn", "%", 60, 95), ("Khối lượng rác giảm mỗi tháng", "tấn", 1, 6))),
    Theme("VHXH", ("youth", "front"),
          "Mô hình “Thắp sáng đường quê” của Đoàn Thanh niên {commune}",
          "Thực hiện phong trào “Thanh niên tình nguyện” gắn với xây dựng nông thôn mới.",
          "Nhiều tuyến đường thôn chưa có điện chiếu sáng, đi lại buổi tối không an toàn.",
          "lắp đèn chiếu sáng các tuyến đường thôn bằng nguồn xã hội hóa",
          "Đoàn viên khảo sát, lập dự toán; vận động doanh nghiệp, con em xa quê ủng hộ; "
          "thanh niên góp ngày công lắp đặt.",
          "{commune}", "đoàn viên, thanh niên và nhân dân các thôn",
          "Các tuyến đường được chiếu sáng; sổ vận động nguồn lực công khai.",
          (("Số bóng đèn được lắp đặt", "bóng", 60, 300), ("Chiều dài tuyến được chiếu sáng", "km", 2, 10))),
    Theme("VHXH", ("school",),
          "Mỗi thầy cô giáo đỡ đầu một học sinh có hoàn cảnh khó khăn ở {unit}",
          "Thực hiện Nghị quyết về đổi mới căn bản, toàn diện giáo dục và đào tạo.",
          "Một số học sinh có hoàn cảnh khó khăn có nguy cơ bỏ học giữa chừng.",
          "không để học sinh nào bỏ học vì hoàn cảnh khó khăn",
          "Mỗi giáo viên nhận đỡ đầu một em; thăm gia đình, hỗ trợ sách vở, học bổng; "
          "phối hợp Ban đại diện cha mẹ học sinh vận động nguồn lực.",
          "{unit}, {commune}", "học sinh có hoàn cảnh khó khăn",
          "Danh sách học sinh được đỡ đầu; kết quả học tập cuối năm; sổ theo dõi hỗ trợ.",
          (("Số học sinh được đỡ đầu", "em", 10, 40), ("Tỷ lệ học sinh được đỡ đầu lên lớp", "%", 90, 100))),
    Theme("VHXH", ("front", "veterans", "government"),
          "Vận động xóa nhà tạm, nhà dột nát cho hộ nghèo {commune}",
          "Thực hiện phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát”.",
          "{commune} còn một số hộ nghèo, gia đình chính sách ở nhà tạm, xuống cấp.",
          "hoàn thành xóa nhà tạm, nhà dột nát trong năm {year}",
          "Mặt trận chủ trì rà soát, bình xét công khai; vận động doanh nghiệp, con em xa quê ủng hộ; "
          "các đoàn thể góp ngày công xây dựng.",
          "{commune}", "hộ nghèo, cận nghèo, gia đình chính sách",
          "Biên bản bàn giao nhà; danh sách hộ được hỗ trợ và nguồn kinh phí.",
          (("Số nhà được xây mới, sửa chữa", "căn", 3, 20), ("Kinh phí vận động", "triệu đồng", 200, 1500))),
    Theme("VHXH", ("party_cell", "residential", "front"),
          "Câu lạc bộ “Gia đình 5 không, 3 sạch” ở {hamlet}",
          "Thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
          "Một số gia đình chưa quan tâm vệ sinh nhà ở, bếp, ngõ; còn tình trạng bạo lực gia đình.",
          "xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh",
          "Sinh hoạt câu lạc bộ hằng quý; ký cam kết giữa các hộ; bình xét, biểu dương gia đình tiêu biểu.",
          "{hamlet}, {commune}", "các hộ gia đình, ưu tiên hộ trẻ",
          "Danh sách hộ đạt tiêu chí; biên bản bình xét; ảnh hoạt động câu lạc bộ.",
          (("Số hộ đạt tiêu chí “5 không, 3 sạch”", "hộ", 30, 150),)),
    Theme("QPAN", _POLICE + ("front",),
          "Tổ tự quản an ninh trật tự khu dân cư {hamlet}",
          "Thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
          "Địa bàn {hamlet} có trục đường lớn đi qua, xảy ra trộm cắp vặt, tụ tập gây mất trật tự.",
          "giữ vững an ninh trật tự, không để xảy ra trọng án",
          "Thành lập tổ tự quản gồm công an viên, cựu chiến binh, đoàn viên; tuần tra ban đêm; "
          "nhóm Zalo tiếp nhận tin báo của nhân dân.",
          "{hamlet}, {commune}", "nhân dân khu dân cư",
          "Nhật ký tuần tra; số tin báo được xử lý; số vụ việc giảm so với năm trước.",
          (("Số buổi tuần tra", "buổi", 50, 200), ("Số vụ trộm cắp giảm so với năm trước", "%", 20, 70))),
    Theme("QPAN", ("police", "residential"),
          "Mô hình “Camera an ninh – Mắt thần khu phố” ở {hamlet}",
          "Thực hiện đề án chuyển đổi số trong bảo đảm an ninh trật tự cơ sở.",
          "Các vụ trộm cắp, vi phạm giao thông khó xác minh do thiếu hình ảnh.",
          "lắp camera ở các điểm giao cắt, hỗ trợ phát hiện và xử lý vi phạm",
          "Công an xã khảo sát vị trí; vận động hộ kinh doanh góp kinh phí; kết nối về trụ sở công an.",
          "{hamlet}, {commune}", "hộ kinh doanh và nhân dân khu dân cư",
          "Camera hoạt động; số vụ việc được làm rõ nhờ hình ảnh.",
          (("Số camera được lắp đặt", "camera", 6, 30), ("Số vụ việc được làm rõ nhờ camera", "vụ", 3, 20))),
    Theme("QPAN", ("military", "youth"),
          "Dân vận khéo trong tuyển chọn, gọi công dân nhập ngũ ở {commune}",
          "Thực hiện Luật Nghĩa vụ quân sự và chỉ tiêu giao quân năm {year}.",
          "Một số gia đình còn tâm lý ngại cho con đi nghĩa vụ quân sự.",
          "hoàn thành 100% chỉ tiêu giao quân, không có thanh niên trốn tránh",
          "Ban CHQS phối hợp đoàn thể đến từng gia đình; mời quân nhân xuất ngũ chia sẻ; "
          "tổ chức lễ giao quân trang trọng, hỗ trợ việc làm sau xuất ngũ.",
          "{commune}", "thanh niên trong độ tuổi và gia đình",
          "Danh sách công dân nhập ngũ; biên bản giao quân.",
          (("Tỷ lệ hoàn thành chỉ tiêu giao quân", "%", 100, 100),
           ("Số thanh niên tình nguyện nhập ngũ", "người", 2, 12))),
    Theme("QPAN", ("party_cell", "veterans", "front", "residential"),
          "Mô hình “Dòng họ không có người vi phạm pháp luật” ở {hamlet}",
          "Thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc gắn với xây dựng văn hóa dòng họ.",
          "Một số thanh thiếu niên sa vào tệ nạn, vi phạm pháp luật.",
          "mỗi dòng họ tự quản, không có con cháu vi phạm pháp luật",
          "Trưởng các dòng họ ký giao ước thi đua; đưa nội dung vào hương ước; họp họ định kỳ nhắc nhở con cháu.",
          "{hamlet}, {commune}", "các dòng họ trong thôn",
          "Giao ước thi đua; số dòng họ đạt tiêu chí; số vụ vi phạm giảm.",
          (("Số dòng họ ký giao ước", "dòng họ", 4, 15),)),
    Theme("QPAN", ("front", "party_cell", "residential"),
          "Tổ hòa giải ở cơ sở {hamlet} giữ bình yên xóm làng",
          "Thực hiện Luật Hòa giải ở cơ sở.",
          "Tranh chấp đất đai, mâu thuẫn gia đình kéo dài dễ thành khiếu kiện vượt cấp.",
          "hòa giải thành các mâu thuẫn ngay tại thôn, không để phát sinh khiếu kiện",
          "Kiện toàn tổ hòa giải có người uy tín, cựu chiến binh; nắm tình hình từ sớm; "
          "hòa giải có lý có tình, theo dõi sau hòa giải.",
          "{hamlet}, {commune}", "nhân dân trong thôn",
          "Sổ theo dõi hòa giải; tỷ lệ vụ việc hòa giải thành.",
          (("Tỷ lệ vụ việc hòa giải thành", "%", 80, 98),)),
    Theme("XDHTCT", ("party_cell", "party"),
          "Nâng cao chất lượng sinh hoạt chi bộ gắn với nhiệm vụ chính trị ở {unit}",
          "Thực hiện Chỉ thị về nâng cao chất lượng sinh hoạt chi bộ.",
          "Sinh hoạt chi bộ còn hình thức, ít chuyên đề, đảng viên ít phát biểu.",
          "mỗi quý một chuyên đề gắn với việc khó của thôn, đảng viên nhận việc cụ thể",
          "Chọn chuyên đề từ kiến nghị của nhân dân; phân công đảng viên phụ trách nhóm hộ; "
          "kiểm điểm kết quả thực hiện tại kỳ sinh hoạt sau.",
          "{unit}", "đảng viên trong chi bộ",
          "Biên bản sinh hoạt chuyên đề; kết quả xếp loại chi bộ.",
          (("Số chuyên đề sinh hoạt", "chuyên đề", 4, 6), ("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ", "%", 85, 100))),
    Theme("XDHTCT", ("party_cell", "party", "front"),
          "Mô hình “Đảng viên gắn với hộ gia đình” ở {hamlet}",
          "Thực hiện Quy định về trách nhiệm nêu gương của cán bộ, đảng viên.",
          "Nắm tình hình nhân dân chưa kịp thời, một số kiến nghị chậm được phản ánh.",
          "mỗi đảng viên phụ trách từ 10 đến 15 hộ, nắm chắc tâm tư nguyện vọng",
          "Phân công đảng viên theo cụm hộ; đảng viên báo cáo tình hình tại sinh hoạt chi bộ hằng tháng.",
          "{hamlet}, {commune}", "đảng viên và các hộ được phân công",
          "Sổ theo dõi của đảng viên; số kiến nghị được giải quyết.",
          (("Số hộ có đảng viên phụ trách", "hộ", 80, 300), ("Số kiến nghị được giải quyết", "kiến nghị", 5, 40))),
    Theme("XDHTCT", ("front", "party", "government"),
          "Mô hình “Dân hỏi – Mặt trận, đoàn thể trả lời” {commune}",
          "Thực hiện Quy chế dân chủ ở cơ sở.",
          "Nhân dân còn băn khoăn về chính sách đất đai, bảo hiểm, an sinh nhưng ít kênh hỏi đáp.",
          "giải đáp kịp thời thắc mắc của nhân dân, củng cố niềm tin",
          "Mở hòm thư, nhóm Zalo tiếp nhận câu hỏi; trả lời tại buổi sinh hoạt khu dân cư hằng tháng; "
          "chuyển cơ quan có thẩm quyền những việc vượt thẩm quyền.",
          "{commune}", "nhân dân trong xã",
          "Sổ tiếp nhận và trả lời câu hỏi; kết quả khảo sát mức độ hài lòng.",
          (("Số câu hỏi được trả lời", "câu hỏi", 30, 200), ("Tỷ lệ người dân hài lòng", "%", 80, 98))),
    Theme("XDHTCT", ("party", "government"),
          "Tiếp xúc, đối thoại định kỳ giữa người đứng đầu cấp ủy với nhân dân {commune}",
          "Thực hiện Quy định về tiếp xúc, đối thoại trực tiếp với nhân dân.",
          "Một số vụ việc kéo dài do chưa đối thoại trực tiếp, kịp thời.",
          "giải quyết dứt điểm các kiến nghị chính đáng ngay tại cơ sở",
          "Đối thoại định kỳ mỗi quý theo chuyên đề; công khai kết quả giải quyết trên loa truyền thanh.",
          "{commune}", "nhân dân, người có đơn thư kiến nghị",
          "Biên bản đối thoại; tỷ lệ kiến nghị được giải quyết.",
          (("Số buổi đối thoại", "buổi", 4, 8), ("Tỷ lệ kiến nghị được giải quyết", "%", 80, 100))),
    Theme("DVCQ", ("government",),
          "Một cửa liên thông, giảm thời gian giải quyết thủ tục hành chính tại {unit}",
          "Thực hiện chương trình cải cách hành chính và chuyển đổi số của tỉnh.",
          "Người dân còn phải đi lại nhiều lần, hồ sơ chậm trả kết quả.",
          "rút ngắn thời gian giải quyết, không để hồ sơ trễ hạn",
          "Niêm yết công khai quy trình; cán bộ một cửa hướng dẫn tận tình; "
          "liên thông điện tử với cấp tỉnh; lấy ý kiến đánh giá của người dân.",
          "{unit}", "người dân, doanh nghiệp có thủ tục hành chính",
          "Số liệu trên hệ thống thông tin giải quyết thủ tục hành chính.",
          (("Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 95, 100), ("Thời gian giải quyết giảm", "%", 20, 50))),
    Theme("DVCQ", ("government", "youth"),
          "Tổ công nghệ số cộng đồng hỗ trợ người dân dùng dịch vụ công trực tuyến ở {hamlet}",
          "Thực hiện Đề án 06 của Chính phủ về chuyển đổi số.",
          "Nhiều người dân, nhất là người cao tuổi, chưa biết nộp hồ sơ trực tuyến.",
          "người dân tự nộp được hồ sơ trực tuyến, giảm đi lại",
          "Đoàn viên, cán bộ đến từng hộ hướng dẫn cài đặt ứng dụng định danh điện tử; "
          "mở điểm hỗ trợ tại nhà văn hóa vào tối thứ Sáu.",
          "{hamlet}, {commune}", "người dân, ưu tiên người cao tuổi",
          "Số tài khoản được kích hoạt; tỷ lệ hồ sơ nộp trực tuyến.",
          (("Số tài khoản định danh điện tử được kích hoạt", "tài khoản", 100, 800),
           ("Tỷ lệ hồ sơ nộp trực tuyến", "%", 40, 85))),
    Theme("DVCQ", ("police",),
          "Mô hình “Ngày thứ Bảy cùng dân” của {unit}",
          "Thực hiện phong trào Công an nhân dân học tập, làm theo lời Bác.",
          "Người dân đi làm ngày thường, khó sắp xếp thời gian làm căn cước, đăng ký cư trú.",
          "giải quyết thủ tục cư trú, căn cước cả ngày thứ Bảy",
          "Bố trí cán bộ trực thứ Bảy; làm căn cước lưu động cho người già, người khuyết tật tại nhà.",
          "{commune}", "người dân có thủ tục cư trú, căn cước",
          "Số hồ sơ giải quyết ngày thứ Bảy; số lượt phục vụ lưu động.",
          (("Số hồ sơ giải quyết ngày thứ Bảy", "hồ sơ", 100, 900),)),
    Theme("DVCQ", ("enterprise", "school", "government"),
          "Cán bộ, nhân viên {unit} “Nói không với phiền hà” khi phục vụ người dân",
          "Thực hiện Quy chế dân chủ ở cơ quan, đơn vị.",
          "Còn phản ánh về thái độ phục vụ, thời gian xử lý yêu cầu của người dân.",
          "nâng mức độ hài lòng của người dân về thái độ phục vụ",
          "Công khai đường dây nóng; ký cam kết phục vụ; khảo sát hài lòng hằng quý và xử lý phản ánh.",
          "{unit}", "người dân, khách hàng của đơn vị",
          "Kết quả khảo sát hài lòng; số phản ánh được xử lý.",
          (("Tỷ lệ người dân hài lòng", "%", 85, 99), ("Số phản ánh được xử lý đúng hạn", "phản ánh", 10, 80))),
)

def _theme(words: str) -> int:
    """Return the index of the theme whose title contains `words`."""
    return next(index for index, theme in enumerate(THEMES) if words in theme.title)


@dataclass(frozen=True)
class Exemplar:
    """An individual exemplar: who may register it, the theme its dossier follows, the person's deed.

    `position` takes {hamlet}, {commune}, {unit}; `deed` also takes {n}.
    """

    kinds: tuple[str, ...]
    theme: int
    position: str
    deed: str


EXEMPLARS = (
    Exemplar(("women", "residential", "party_cell"), _theme("hiến đất làm đường"),
             "Chi hội trưởng Chi hội Phụ nữ {hamlet}", "vận động {n} hộ hiến đất mở rộng đường thôn"),
    Exemplar(("farmers", "coop"), _theme("chuyển đổi cây trồng"), "hội viên Hội Nông dân {commune}",
             "đi đầu chuyển đổi cây trồng, giúp {n} hộ cùng làm theo"),
    Exemplar(("veterans", "front"), _theme("xóa nhà tạm"), "Chi hội trưởng Chi hội Cựu chiến binh {hamlet}",
             "vận động xây, sửa {n} căn nhà cho hộ nghèo"),
    Exemplar(("party_cell", "residential"), _theme("Tổ hòa giải"), "Trưởng {hamlet}",
             "hòa giải thành {n} vụ tranh chấp, mâu thuẫn trong thôn"),
    Exemplar(("police", "military"), _theme("Tổ tự quản an ninh"), "Công an viên {hamlet}",
             "cảm hóa, giúp đỡ {n} người lầm lỗi tái hòa nhập cộng đồng"),
    Exemplar(("school",), _theme("đỡ đầu một học sinh"), "giáo viên {unit}",
             "vận động {n} học sinh bỏ học trở lại lớp"),
    Exemplar(("government",), _theme("Tổ công nghệ số"), "công chức Văn phòng – Thống kê {commune}",
             "hướng dẫn hơn {n} người dân nộp hồ sơ trực tuyến"),
    Exemplar(("youth",), _theme("Thắp sáng đường quê"), "Bí thư Chi đoàn {hamlet}",
             "cùng đoàn viên lắp {n} bóng đèn chiếu sáng đường quê"),
)


def themes_for(kind: str) -> list[Theme]:
    """Return the themes a unit of `kind` plausibly registers (any theme if none fits)."""
    return [theme for theme in THEMES if kind in theme.kinds] or list(THEMES)


def exemplars_for(kind: str) -> list[Exemplar]:
    """Return the individual exemplars a unit of `kind` plausibly registers."""
    return [exemplar for exemplar in EXEMPLARS if kind in exemplar.kinds]


def dossier(theme: Theme, place: dict, rng: random.Random) -> tuple[dict, list[tuple[str, str, int]]]:
    """Return the dossier's text fields for `theme` at `place`, and its 1–3 indicators with targets."""
    indicators = [(name, unit, rng.randint(low, high)) for name, unit, low, high in theme.indicators]
    planned = "; ".join(f"{name}: {target} {unit}" for name, unit, target in indicators)
    budget = rng.choice((30, 50, 80, 120, 150, 200, 350, 500))
    share = rng.choice((40, 50, 60, 70, 80))
    first_month = rng.randint(1, 4)
    texts = {
        "title": theme.title,
        "political_task": theme.task,
        "situation": theme.problem,
        "objectives": f"Mục tiêu: {theme.goal}. Kết quả được đo bằng các chỉ tiêu: {planned}.",
        "content": theme.method,
        "area_and_target": f"Địa bàn: {theme.area}. Đối tượng: {theme.target}.",
        "forces": "{unit} chủ trì; cấp ủy lãnh đạo, chính quyền hỗ trợ; Mặt trận và các đoàn thể phối hợp "
                  "vận động; nhân dân là chủ thể trực tiếp thực hiện.",
        "resources_and_timeline": f"Kinh phí khoảng {budget} triệu đồng, trong đó nhân dân và các nhà hảo tâm "
                                  f"đóng góp {share}%; khoảng {rng.randint(2, 30) * 10} ngày công. Thực hiện từ "
                                  f"tháng {first_month}/{{year}} đến tháng {first_month + rng.randint(5, 8)}/{{year}}.",
        "outputs": theme.output,
        "sustainability": rng.choice(SUSTAINABILITY),
    }
    return {name: text.format(**place) for name, text in texts.items()}, indicators


def exemplar_title(person: Person, exemplar: Exemplar, place: dict, rng: random.Random) -> tuple[str, str]:
    """Return an individual exemplar's title (who, what position, what they did) and the position."""
    honorific = "Ông" if person.gender == "male" else "Bà"
    values = dict(place, n=rng.randint(5, 60))
    position = exemplar.position.format(**values)
    return f"{honorific} {person.full_name}, {position}, {exemplar.deed.format(**values)}", position

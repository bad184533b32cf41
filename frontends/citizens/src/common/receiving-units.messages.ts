import { defineMessages } from '@motcua/ui';

/** Where a procedure is submitted, on the procedure page and in the submission form. */
export const receivingMessages = defineMessages({
  vi: {
    'where.across':
      'Thủ tục được tiếp nhận không phụ thuộc địa giới hành chính (Nghị định 118/2025/NĐ-CP): bạn có thể nộp tại Trung tâm Phục vụ hành chính công tỉnh hoặc của bất kỳ xã, phường nào trong tỉnh; hồ sơ được chuyển đến nơi có thẩm quyền giải quyết.',
    'where.commune': 'Nộp tại Trung tâm Phục vụ hành chính công xã, phường nơi bạn cư trú hoặc nơi xảy ra sự việc.',
    'where.province': 'Nộp tại Trung tâm Phục vụ hành chính công tỉnh hoặc tại xã, phường; hồ sơ được chuyển đến cơ quan cấp tỉnh có thẩm quyền giải quyết.',
    'where.provinceOnly': 'Nộp tại Trung tâm Phục vụ hành chính công tỉnh.',
    'where.choose': 'Đơn vị tiếp nhận',
    'where.prompt': '— Chọn để xem địa chỉ —',
    'unit.receiving': 'Nơi nhận hồ sơ',
    'unit.receivingCommune': 'Xã, phường nhận hồ sơ',
    'unit.receivingProvince': 'Cơ quan nhận hồ sơ',
    'unit.prompt': '— Chọn nơi nhận hồ sơ —',
    'unit.hintAcross': 'Nơi thuận tiện cho bạn: trung tâm của tỉnh hoặc của bất kỳ xã, phường nào trong tỉnh.',
    'unit.hintCommune': 'Nơi bạn cư trú hoặc nơi xảy ra sự việc, theo quy định của thủ tục.',
    'competent.label': 'Xã, phường giải quyết hồ sơ',
    'competent.hint': 'Nơi có thẩm quyền giải quyết (thường là nơi bạn cư trú). Nơi nhận hồ sơ sẽ chuyển hồ sơ đến đây và trả kết quả cho bạn.',
    'competent.prompt': '— Chọn xã, phường —',
    'competent.same': 'Như nơi nhận hồ sơ',
    'competent.province': 'Hồ sơ được chuyển đến cơ quan cấp tỉnh có thẩm quyền giải quyết; kết quả trả tại nơi bạn nộp.',
  },
  en: {
    'where.across':
      'This procedure is received regardless of administrative boundary (Decree 118/2025/ND-CP): submit at the provincial Public Administration Service Centre or at that of any commune or ward of the province; the dossier is sent on to the competent unit.',
    'where.commune': 'Submit at the Public Administration Service Centre of the commune or ward where you live or where the event happened.',
    'where.province': 'Submit at the provincial Public Administration Service Centre or at a commune or ward; the dossier is sent on to the competent provincial body.',
    'where.provinceOnly': 'Submit at the provincial Public Administration Service Centre.',
    'where.choose': 'Receiving unit',
    'where.prompt': '— Choose to see the address —',
    'unit.receiving': 'Receiving office',
    'unit.receivingCommune': 'Commune or ward receiving the dossier',
    'unit.receivingProvince': 'Receiving office',
    'unit.prompt': '— Choose where to submit —',
    'unit.hintAcross': 'Wherever suits you: the provincial centre or that of any commune or ward of the province.',
    'unit.hintCommune': 'Where you live or where the event happened, as the procedure requires.',
    'competent.label': 'Commune or ward settling the dossier',
    'competent.hint': 'The competent unit (usually where you live). The receiving office sends the dossier there and returns the result to you.',
    'competent.prompt': '— Choose a commune or ward —',
    'competent.same': 'Same as the receiving office',
    'competent.province': 'The dossier is sent on to the competent provincial body; the result is returned where you submitted.',
  },
});
